import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { MANIFEST_VERSION } from './layout';

export type Validator = ReturnType<Ajv['compile']>;

interface JsonSchema {
  properties?: Record<string, unknown>;
  patternProperties?: Record<string, unknown>;
}

export interface TeamsSchemas {
  manifest: Validator;
  localization: Validator;
  /** Whether a manifest path (`bots[0].commandLists[0].commands[0].title`) may be translated in a localization file. */
  isLocalizable: (path: string) => boolean;
}

/** Localization-file keys that are not manifest strings. */
const LOCALIZATION_META_KEYS = new Set(['$schema', 'localizationKeys']);

/** The Teams schemas shipped inside `@microsoft/app-manifest`, so that validation works offline. */
function schemasRoot(): string {
  return join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');
}

/** The `1.x` manifest versions whose schemas are shipped, oldest first. */
export function shippedManifestVersions(): string[] {
  return readdirSync(schemasRoot())
    .map((name) => /^v(1\.\d+)$/.exec(name)?.[1])
    .filter((version): version is string => version !== undefined)
    .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
}

function readSchema(file: string): JsonSchema {
  return JSON.parse(readFileSync(join(schemasRoot(), `v${MANIFEST_VERSION}`, file), 'utf8')) as JsonSchema;
}

/**
 * The schemas are draft-04 and written for a lenient validator: Ajv's strict mode rejects them, and one of their
 * patterns (`\[\b...\b]`) is not a valid regular expression in unicode mode.
 */
function compile(schema: JsonSchema): Validator {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return ajv.compile(schema);
}

function localizableMatcher(schema: JsonSchema): (path: string) => boolean {
  const names = new Set(Object.keys(schema.properties ?? {}).filter((key) => !LOCALIZATION_META_KEYS.has(key)));
  const patterns = Object.keys(schema.patternProperties ?? {}).map((pattern) => new RegExp(pattern));
  return (path) => names.has(path) || patterns.some((pattern) => pattern.test(path));
}

let compiled: TeamsSchemas | undefined;

/** Compiled once per process: the manifest schema alone takes a noticeable fraction of a second. */
export function teamsSchemas(): TeamsSchemas {
  if (!compiled) {
    const localization = readSchema('MicrosoftTeams.Localization.schema.json');
    compiled = {
      manifest: compile(readSchema('MicrosoftTeams.schema.json')),
      localization: compile(localization),
      isLocalizable: localizableMatcher(localization),
    };
  }
  return compiled;
}
