import { languageOf } from '../../locales';
import type { Lang } from '../types';

/** The language of the knowledge commands' reports: the system's (LC_ALL, LC_MESSAGES, LANG) when French, else English. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return languageOf(locale) === 'fr' ? 'fr' : 'en';
}
