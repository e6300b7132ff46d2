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
import { PROMPT_STARTERS, type TeamsStrings } from './strings';

export type TeamsManifest = TeamsManifestV1D30.TeamsManifestV1D30;
type CommandList = NonNullable<NonNullable<TeamsManifest['bots']>[number]['commandLists']>[number];
type BotScope = NonNullable<CommandList['scopes']>[number];
type BotCommand = NonNullable<CommandList['commands']>[number];
type ComposeExtension = NonNullable<TeamsManifest['composeExtensions']>[number];

/** The message extension's search command and its one parameter, as the bot reads them (`bots/teams/faq-search.ts`). */
export const SEARCH_COMMAND_ID = 'searchFaq';
export const SEARCH_PARAMETER = 'query';

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
    composeExtensions: [searchExtension(config, strings)],
    defaultInstallScope: 'personal',
    validDomains: [new URL(config.publicUrl).hostname],
  };
}

/**
 * Teams asks for one command list per scope. Everywhere: help and restart. In the personal chat, first the prompt
 * starters a first-time user sees there: sample questions, sent as typed when clicked.
 */
function commandList(scope: BotScope, strings: TeamsStrings): CommandList {
  const commands: BotCommand[] = [
    { title: strings['commands.help.title'], description: strings['commands.help.description'] },
    { title: strings['commands.restart.title'], description: strings['commands.restart.description'] },
  ];
  return { scopes: [scope], commands: scope === 'personal' ? [...promptStarters(strings), ...commands] : commands };
}

function promptStarters(strings: TeamsStrings): BotCommand[] {
  return PROMPT_STARTERS.map((id) => ({
    type: 'prompt',
    title: strings[`promptStarters.${id}.title`],
    description: strings[`promptStarters.${id}.description`],
    prompt: strings[`promptStarters.${id}.prompt`],
  }));
}

/** A search-based message extension: FAQ answers found from the compose box, inserted as cards into any chat. */
function searchExtension(config: PackageConfig, strings: TeamsStrings): ComposeExtension {
  return {
    botId: config.botId,
    commands: [
      {
        id: SEARCH_COMMAND_ID,
        type: 'query',
        title: strings['messageExtension.search.title'],
        description: strings['messageExtension.search.description'],
        initialRun: true,
        context: ['compose', 'commandBox'],
        parameters: [
          {
            name: SEARCH_PARAMETER,
            title: strings['messageExtension.query.title'],
            description: strings['messageExtension.query.description'],
            inputType: 'text',
          },
        ],
      },
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
