import { readFileSync } from 'node:fs';
import { projectPath } from '../../config/paths';
import { typeset } from '../../dialogs/cards/typography';
import type { Lang } from '../../knowledge/types';
import { translator } from '../../locales';

/** The locale names Web Chat knows (its `locale` prop picks its built-in strings and formats). */
export const WEB_CHAT_LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

/** How the page writes a message's date and time, in the chat's language (see assets/webchat-locale.js). */
export interface DateFormat {
  locale: string;
  /** `{day}`, `{month}`, `{hour}`, `{minute}`, `{dayPeriod}` are replaced by the date's parts. */
  pattern: string;
  /** How the language writes the 1st of a month (« 1er »); any other day is its number. */
  firstDay: string;
}

/** What the page gives Web Chat in `overrideLocalizedStrings`, in one language. */
export interface WebChatTexts {
  strings: Record<string, string>;
  date: DateFormat;
}

function builtInStrings(locale: string): Record<string, string> {
  const file = projectPath('node_modules', 'botframework-webchat-api', 'lib', 'localization', `${locale}.json`);
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const entries = Object.entries(all).filter(
    (entry): entry is [string, string] => !entry[0].startsWith('_') && typeof entry[1] === 'string',
  );
  return Object.fromEntries(entries);
}

/**
 * Web Chat's own French with French typography (« À l’instant », « Échec de l’envoi », no-break spaces, …): only the
 * strings that change.
 */
function typesetFrench(strings: Record<string, string>): Record<string, string> {
  const changed = Object.entries(strings)
    .map(([id, text]): [string, string] => [id, typeset(text.replace(/\.\.\./g, '…'))])
    .filter(([id, text]) => text !== strings[id]);
  return Object.fromEntries(changed);
}

/**
 * The Web Chat strings this page replaces, in one language. Screen readers hear the bot's name instead of the
 * avatar's initials (« FAQ Santé a dit : », not « Le bot FS a dit : »), and « Envoyé » followed by a date the page
 * writes itself (24-hour in French; Web Chat's own format has « 1:15 PM » in every language).
 */
export function webChatTexts(lang: Lang): WebChatTexts {
  const t = translator(lang, 'web');
  const locale = WEB_CHAT_LOCALES[lang];
  const typographic = lang === 'fr' ? typesetFrench(builtInStrings(locale)) : {};
  return {
    strings: {
      ...typographic,
      ACTIVITY_BOT_SAID_ALT: t('webchat.botSaid'),
      ACTIVITY_YOU_SAID_ALT: t('webchat.youSaid'),
      ACTIVITY_STATUS_SEND_STATUS_ALT_SENT_AT: t('webchat.sentAt'),
    },
    date: { locale, pattern: t('webchat.date'), firstDay: t('webchat.firstDay') },
  };
}
