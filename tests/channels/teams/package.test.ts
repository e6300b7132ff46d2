import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTeamsPackage, type BuiltPackage } from '../../../channels/teams/package/build';
import { PACKAGE_FILES } from '../../../channels/teams/package/layout';
import { validateManifest } from '../../../channels/teams/package/validate';
import { BOT_ID, packageEnv, unzip, type UnzippedPackage } from './package-fixtures';

describe('buildTeamsPackage', () => {
  let dir: string;
  let built: BuiltPackage;
  let zip: UnzippedPackage;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'teams-package-'));
    built = await buildTeamsPackage({ outPath: join(dir, 'nested', 'app.zip'), env: packageEnv() });
    zip = await unzip(built.zipPath);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the zip where asked, with exactly the four files at its root', () => {
    expect(built.zipPath).toBe(join(dir, 'nested', 'app.zip'));
    expect(zip.names).toEqual(['color.png', 'fr.json', 'manifest.json', 'outline.png']);
  });

  it('zips a manifest and a French localization that pass the official schemas', () => {
    const manifest = zip.json(PACKAGE_FILES.manifest);
    expect(validateManifest(manifest, zip.json(PACKAGE_FILES.french))).toEqual({ valid: true, issues: [] });
    expect(manifest).toEqual(built.manifest);
  });

  it('declares the configured bot in the personal, team and group chat scopes, without files', () => {
    const [bot] = built.manifest.bots ?? [];
    expect(bot.botId).toBe(BOT_ID);
    expect(built.manifest.id).toBe(BOT_ID);
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.supportsFiles).toBe(false);
  });

  it('points localizationInfo at the French file: English manifest, French for every French-speaking region', () => {
    expect(built.manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en',
      additionalLanguages: [{ languageTag: 'fr', file: 'fr.json' }],
    });
  });

  it('offers help and restart in English, aide and recommencer in French, in every scope', () => {
    const lists = built.manifest.bots?.[0].commandLists ?? [];
    expect(lists.map((list) => list.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    lists.forEach((list, index) => {
      expect(list.commands.map((command) => command.title)).toEqual(['help', 'restart']);
      const french = zip.json(PACKAGE_FILES.french);
      expect(french[`bots[0].commandLists[${index}].commands[0].title`]).toBe('aide');
      expect(french[`bots[0].commandLists[${index}].commands[1].title`]).toBe('recommencer');
    });
  });

  it('takes the names and descriptions from locales/*/teams.json', () => {
    const french = zip.json(PACKAGE_FILES.french);
    expect(built.manifest.name.full).toMatch(/software vendors/);
    expect(french['name.full']).toMatch(/éditeurs de logiciels/);
    expect(french['description.full']).toMatch(/«\u00a0aide\u00a0»/);
  });

  it('contains a 192×192 opaque color icon and a 32×32 white-on-transparent outline icon', () => {
    const color = zip.png(PACKAGE_FILES.colorIcon);
    const outline = zip.png(PACKAGE_FILES.outlineIcon);
    expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
    const outlinePixels = new Set<string>();
    for (let i = 0; i < outline.data.length; i += 4) outlinePixels.add([...outline.data.subarray(i, i + 4)].join());
    expect([...outlinePixels].sort()).toEqual(['255,255,255,0', '255,255,255,255']);
    expect(color.data.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
  });

  it('says which variables fell back to placeholders', () => {
    expect(built.placeholders).toEqual(['PUBLIC_URL']);
    expect(built.manifest.validDomains).toEqual(['faq-sante-bot.example.com']);
  });

  it('builds the same bytes twice (reproducible packages)', async () => {
    const again = await buildTeamsPackage({ outPath: join(dir, 'again.zip'), env: packageEnv() });
    expect((await readFile(again.zipPath)).toString('base64')).toBe((await readFile(built.zipPath)).toString('base64'));
  });

  it('refuses to build without MicrosoftAppId and writes nothing', async () => {
    const outPath = join(dir, 'never.zip');
    await expect(buildTeamsPackage({ outPath, env: packageEnv({ MicrosoftAppId: undefined }) })).rejects.toThrow(
      /MicrosoftAppId/,
    );
    await expect(access(outPath)).rejects.toThrow(/ENOENT/);
  });
});
