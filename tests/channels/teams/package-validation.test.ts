import { PACKAGE_FILES, MANIFEST_VERSION } from '../../../channels/teams/package/layout';
import { assemblePackage } from '../../../channels/teams/package/build';
import { shippedManifestVersions } from '../../../channels/teams/package/schemas';
import { readPackageConfig } from '../../../channels/teams/package/settings';
import { validateManifest } from '../../../channels/teams/package/validate';
import { packageEnv } from './package-fixtures';

type Json = Record<string, unknown>;

/** Fresh, deep copies of a good manifest and localization, for each test to break in its own way. */
function goodFiles(): { manifest: Json; localization: Json } {
  const { manifest, localization } = assemblePackage(readPackageConfig(packageEnv()));
  return structuredClone({ manifest: manifest as unknown as Json, localization });
}

function bot(manifest: Json): Json {
  return (manifest.bots as Json[])[0];
}

describe('validateManifest', () => {
  it('accepts the package as built', () => {
    const { manifest, localization } = goodFiles();
    expect(validateManifest(manifest, localization)).toEqual({ valid: true, issues: [] });
  });

  it('targets the newest manifest version shipped offline, with its official schema URLs', () => {
    const { manifest, localization } = goodFiles();
    expect(MANIFEST_VERSION).toBe(shippedManifestVersions().at(-1));
    const official = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}`;
    expect(manifest.$schema).toBe(`${official}/MicrosoftTeams.schema.json`);
    expect(localization.$schema).toBe(`${official}/MicrosoftTeams.Localization.schema.json`);
  });

  const brokenManifests: [string, (manifest: Json) => void, string, RegExp][] = [
    ['a missing bot id', (m) => delete bot(m).botId, '/bots/0/botId', /is required/],
    ['a bot id that is no GUID', (m) => (bot(m).botId = 'my-bot'), '/bots/0/botId', /must match pattern/],
    ['another manifest version', (m) => (m.manifestVersion = '1.16'), '/manifestVersion', /"1\.30"/],
    ['a 31-character short name', (m) => ((m.name as Json).short = 'N'.repeat(31)), '/name/short', /30 characters/],
    ['an unknown field', (m) => (m.colour = 'blue'), '/colour', /is not allowed/],
    ['an unknown bot scope', (m) => (bot(m).scopes = ['personal', 'meetings']), '/bots/0/scopes/1', /allowed values/],
    [
      'a privacy link that is no URL',
      (m) => ((m.developer as Json).privacyUrl = 'vie-privee'),
      '/developer/privacyUrl',
      /must match pattern/,
    ],
  ];

  it.each(brokenManifests)('rejects %s, naming its path', (_, breakIt, path, message) => {
    const { manifest, localization } = goodFiles();
    breakIt(manifest);
    const result = validateManifest(manifest, localization);
    expect(result.valid).toBe(false);
    const expected = { file: PACKAGE_FILES.manifest, path, message: expect.stringMatching(message) };
    expect(result.issues).toContainEqual(expected);
  });

  it('lists every problem, not only the first one', () => {
    const { manifest, localization } = goodFiles();
    delete bot(manifest).botId;
    manifest.manifestVersion = '1.16';
    (manifest.name as Json).short = 'N'.repeat(31);
    const paths = validateManifest(manifest, localization).issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['/bots/0/botId', '/manifestVersion', '/name/short']));
  });

  it('checks the localization file against its own schema', () => {
    const { manifest, localization } = goodFiles();
    localization['name.short'] = 'Un nom bien trop long pour Teams';
    localization['name.long'] = 'inconnu';
    expect(validateManifest(manifest, localization).issues).toEqual([
      { file: 'fr.json', path: '/name.long', message: 'is not allowed' },
      { file: 'fr.json', path: '/name.short', message: 'must NOT have more than 30 characters' },
    ]);
  });

  it('requires a French translation of every translatable manifest string', () => {
    const { manifest, localization } = goodFiles();
    delete localization['bots[0].commandLists[1].commands[0].title'];
    expect(validateManifest(manifest, localization).issues).toEqual([
      { file: 'fr.json', path: '/bots[0].commandLists[1].commands[0].title', message: 'missing: no French for "help"' },
    ]);
  });

  it('rejects a translation of a string the manifest does not have', () => {
    const { manifest, localization } = goodFiles();
    localization['bots[0].commandLists[0].commands[5].title'] = 'orphelin';
    expect(validateManifest(manifest, localization).issues).toEqual([
      {
        file: 'fr.json',
        path: '/bots[0].commandLists[0].commands[5].title',
        message: 'translates nothing: manifest.json has no such string',
      },
    ]);
  });

  it('copes with files that are not even objects', () => {
    const result = validateManifest('manifest', null);
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { file: 'manifest.json', path: '', message: 'must be object' },
        { file: 'fr.json', path: '', message: 'must be object' },
      ]),
    );
  });
});
