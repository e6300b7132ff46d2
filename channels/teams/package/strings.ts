import { i18nInstance } from '../../../locales';
import type { Lang } from '../../../knowledge/types';

export const TEAMS_NAMESPACE = 'teams';

/** The prompt starters a first-time user sees in a personal chat: sample questions the knowledge base answers. */
export const PROMPT_STARTERS = ['ror', 'segur', 'mos'] as const;
export type PromptStarter = (typeof PROMPT_STARTERS)[number];

/** The keys of `locales/<lang>/teams.json` that the manifest uses. */
export const TEAMS_KEYS = [
  'app.name.short',
  'app.name.full',
  'app.description.short',
  'app.description.full',
  'commands.help.title',
  'commands.help.description',
  'commands.restart.title',
  'commands.restart.description',
  ...PROMPT_STARTERS.flatMap(
    (id) => [`promptStarters.${id}.title`, `promptStarters.${id}.description`, `promptStarters.${id}.prompt`] as const,
  ),
  'messageExtension.search.title',
  'messageExtension.search.description',
  'messageExtension.query.title',
  'messageExtension.query.description',
] as const;


export type TeamsKey = (typeof TEAMS_KEYS)[number];
export type TeamsStrings = Record<TeamsKey, string>;

export class MissingTeamsStringError extends Error {
  constructor(lang: Lang, key: string) {
    super(`[teams-package] locales/${lang}/${TEAMS_NAMESPACE}.json: missing string "${key}"`);
    this.name = 'MissingTeamsStringError';
  }
}

/**
 * The manifest strings of one language. A missing key fails instead of falling back to the other language, which
 * would silently put French text in the English manifest or the reverse.
 */
export function teamsStrings(lang: Lang): TeamsStrings {
  const i18n = i18nInstance();
  const t = i18n.getFixedT(lang, TEAMS_NAMESPACE);
  const entries = TEAMS_KEYS.map((key) => {
    if (typeof i18n.getResource(lang, TEAMS_NAMESPACE, key) !== 'string') throw new MissingTeamsStringError(lang, key);
    return [key, t(key)];
  });
  return Object.fromEntries(entries) as TeamsStrings;
}
