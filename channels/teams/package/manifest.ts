import type { TeamsManifestV1D30 } from '@microsoft/app-manifest';
import {
  ACCENT_COLOR,
  DEFAULT_LANGUAGE_TAG,
  FRENCH_LANGUAGE_TAG,
  LOCALIZATION_SCHEMA_URL,
  MANIFEST_SCHEMA_URL,
  MANIFEST_VERSION,
  PACKAGE_FILES,
} from './layout';
import { stringsByPath } from './string-paths';
import type { PackageConfig } from './settings';
import type { TeamsStrings } from './strings';

export type TeamsManifest = TeamsManifestV1D30.TeamsManifestV1D30;
type CommandList = NonNullable<NonNullable<TeamsManifest['bots']>[number]['commandLists']>[number];
type BotScope = NonNullable<CommandList['scopes']>[number];

/** A localization file: `$schema` plus manifest paths such as `bots[0].commandLists[0].commands[0].title`. */
export type LocalizationFile = Record<string, string>;

const BOT_SCOPES: BotScope[] = ['personal', 'team', 'groupChat'];

/** Builds the manifest with the strings of one language; the English one is the manifest itself. */
export function buildManifest(config: PackageConfig, strings: TeamsStrings): TeamsManifest {
  return {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: config.appVersion,
    id: config.appId,
    localizationInfo: {
      defaultLanguageTag: DEFAULT_LANGUAGE_TAG,
      additionalLanguages: [{ languageTag: FRENCH_LANGUAGE_TAG, file: PACKAGE_FILES.french }],
    },
    developer: {
      name: config.developerName,
      websiteUrl: config.publicUrl,
      privacyUrl: config.privacyUrl,
      termsOfUseUrl: config.termsUrl,
    },
    name: { short: strings['app.name.short'], full: strings['app.name.full'] },
    description: { short: strings['app.description.short'], full: strings['app.description.full'] },
    icons: { color: PACKAGE_FILES.colorIcon, outline: PACKAGE_FILES.outlineIcon },
    accentColor: ACCENT_COLOR,
    bots: [
      {
        botId: config.botId,
        scopes: BOT_SCOPES,
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: BOT_SCOPES.map((scope) => commandList(scope, strings)),
      },
    ],
    defaultInstallScope: 'personal',
    validDomains: [new URL(config.publicUrl).hostname],
  };
}

/** Teams asks for one command list per scope; the commands are the same everywhere. */
function commandList(scope: BotScope, strings: TeamsStrings): CommandList {
  return {
    scopes: [scope],
    commands: [
      { title: strings['commands.help.title'], description: strings['commands.help.description'] },
      { title: strings['commands.restart.title'], description: strings['commands.restart.description'] },
    ],
  };
}

/**
 * The localization file is read off a manifest built with the translated strings, keeping exactly the paths the
 * localization schema declares translatable, so its keys cannot drift from the manifest's structure.
 */
export function buildLocalization(
  translated: TeamsManifest,
  isLocalizable: (path: string) => boolean,
): LocalizationFile {
  const entries = [...stringsByPath(translated)].filter(([path]) => isLocalizable(path));
  return { $schema: LOCALIZATION_SCHEMA_URL, ...Object.fromEntries(entries) };
}
