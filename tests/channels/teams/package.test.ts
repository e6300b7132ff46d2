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
    const french = zip.json(PACKAGE_FILES.french);
    lists.forEach((list, index) => {
      const basic = list.commands.map((command, at) => ({ ...command, at })).filter((command) => command.type !== 'prompt');
      expect(basic.map((command) => command.title)).toEqual(['help', 'restart']);
      const frenchTitles = basic.map((command) => french[`bots[0].commandLists[${index}].commands[${command.at}].title`]);
      expect(frenchTitles).toEqual(['aide', 'recommencer']);
    });
  });

  it('shows a first-time user prompt starters in the personal chat, first, in both languages', () => {
    const [personal, team, group] = built.manifest.bots?.[0].commandLists ?? [];
    const starters = personal?.commands.filter((command) => command.type === 'prompt') ?? [];
    expect(personal?.commands.slice(0, starters.length)).toEqual(starters);
    expect(starters.map((command) => command.prompt)).toEqual([
      'How can I access ROR data?',
      'Where can I find the resources about Ségur funding?',
      'What is the MOS?',
    ]);
    expect(starters.every((command) => command.title.length <= 32 && command.description)).toBe(true);
    const french = zip.json(PACKAGE_FILES.french);
    expect(starters.map((_, at) => french[`bots[0].commandLists[0].commands[${at}].prompt`])).toEqual([
      'Comment accéder aux données du ROR\u00a0?',
      'Où trouver les ressources sur le financement Ségur\u00a0?',
      'Qu’est-ce que le MOS\u00a0?',
    ]);
    expect(french['bots[0].commandLists[0].commands[0].title']).toBe('Données du ROR');
    // Not in shared conversations: there the bot answers only when mentioned.
    expect([...(team?.commands ?? []), ...(group?.commands ?? [])].some((command) => command.type === 'prompt')).toBe(false);
  });

  it('declares a search-based message extension for the same bot, its strings translated', () => {
    const [extension] = built.manifest.composeExtensions ?? [];
    expect(extension?.botId).toBe(built.manifest.bots?.[0].botId);
    expect(extension?.commands).toEqual([
      expect.objectContaining({ id: 'searchFaq', type: 'query', initialRun: true, title: 'Search the FAQ' }),
    ]);
    expect(extension?.commands?.[0]?.parameters).toEqual([expect.objectContaining({ name: 'query', inputType: 'text' })]);
    const french = zip.json(PACKAGE_FILES.french);
    expect(french['composeExtensions[0].commands[0].title']).toBe('Chercher dans la FAQ');
    expect(french['composeExtensions[0].commands[0].parameters[0].description']).toBe('Votre question ou quelques mots-clés');
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
