import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { TeamsPackageValidationError, type PackageIssue } from './errors';
import { validateIcons } from './icon-checks';
import { renderIcons, type TeamsIcons } from './icons';
import { DEFAULT_OUT_PATH, PACKAGE_FILES } from './layout';
import { buildLocalization, buildManifest, type LocalizationFile, type TeamsManifest } from './manifest';
import { teamsSchemas } from './schemas';
import { readPackageConfig, type PackageConfig } from './settings';
import { teamsStrings } from './strings';
import { validateManifest } from './validate';
import { zipFiles } from './zip';

export interface BuildOptions {
  /** Where to write the zip; relative paths start from the working directory. */
  outPath?: string;
  env?: NodeJS.ProcessEnv;
}

export interface BuiltPackage {
  zipPath: string;
  manifest: TeamsManifest;
  localization: LocalizationFile;
  /** Variables left unset and replaced by placeholders (see `readPackageConfig`). */
  placeholders: string[];
}

interface PackageContents {
  manifest: TeamsManifest;
  localization: LocalizationFile;
  icons: TeamsIcons;
  files: Map<string, Buffer>;
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

/** The package's files, in memory: manifest (English), French localization and the two icons. */
export function assemblePackage(config: PackageConfig): PackageContents {
  const manifest = buildManifest(config, teamsStrings('en'));
  const localization = buildLocalization(buildManifest(config, teamsStrings('fr')), teamsSchemas().isLocalizable);
  const icons = renderIcons();
  const files = new Map([
    [PACKAGE_FILES.manifest, json(manifest)],
    [PACKAGE_FILES.french, json(localization)],
    [PACKAGE_FILES.colorIcon, icons.color],
    [PACKAGE_FILES.outlineIcon, icons.outline],
  ]);
  return { manifest, localization, icons, files };
}

/** Every file the manifest points to must be in the zip, or Teams rejects the upload. */
function missingFileIssues(manifest: TeamsManifest, files: ReadonlyMap<string, Buffer>): PackageIssue[] {
  const references: [string, string | undefined][] = [
    ['/icons/color', manifest.icons.color],
    ['/icons/outline', manifest.icons.outline],
    ['/localizationInfo/defaultLanguageFile', manifest.localizationInfo?.defaultLanguageFile],
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map(
      ({ file }, index): [string, string] => [`/localizationInfo/additionalLanguages/${index}/file`, file],
    ),
  ];
  return references
    .filter(([, file]) => file !== undefined && !files.has(file))
    .map(([path, file]) => ({ file: PACKAGE_FILES.manifest, path, message: `"${file}" is not in the package` }));
}

/**
 * Builds the Teams app package and writes it as a zip, after checking the manifest and the localization file
 * against the official schemas and the icons against Teams' rules. Throws `ConfigError` (a bad or missing
 * variable) or `TeamsPackageValidationError` (every problem found); nothing is written then.
 */
export async function buildTeamsPackage(options: BuildOptions = {}): Promise<BuiltPackage> {
  const config = readPackageConfig(options.env ?? process.env);
  const { manifest, localization, icons, files } = assemblePackage(config);
  const issues = [
    ...validateManifest(manifest, localization).issues,
    ...validateIcons(icons),
    ...missingFileIssues(manifest, files),
  ];
  if (issues.length > 0) throw new TeamsPackageValidationError(issues);
  const zipPath = resolve(options.outPath ?? DEFAULT_OUT_PATH);
  await mkdir(dirname(zipPath), { recursive: true });
  await writeFile(zipPath, await zipFiles(files));
  return { zipPath, manifest, localization, placeholders: config.placeholders };
}
