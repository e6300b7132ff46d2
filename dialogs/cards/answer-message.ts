import { ActivityTypes, type Activity } from 'botbuilder';
import type { TFunction } from 'i18next';
import { answerFor, linkLabel, shownLanguage, titleFor } from '../../knowledge';
import type { Entry, Lang } from '../../knowledge/types';
import type { RenderingCapabilities } from './capabilities';
import { typeset } from './typography';

const DATE_LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** "15 janvier 2023", "1er mars 2024", "15 January 2023". */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const format = new Intl.DateTimeFormat(DATE_LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const text = format.format(date);
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** "industriels.esante.gouv.fr/faq" for a source URL: short enough for a link label, still says where it is. */
export function sourceLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.pathname}`.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** "Source : [page](url), mise à jour le 15 janvier 2023.", without what the entry does not say; undefined if nothing. */
function sourceLine(entry: Entry, lang: Lang, t: TFunction): string | undefined {
  const date = entry.updated === undefined ? undefined : formatDate(entry.updated, lang);
  if (entry.source === undefined) return date === undefined ? undefined : t('answer.updated', { date });
  const source = { label: sourceLabel(entry.source), url: entry.source };
  return date === undefined ? t('answer.sourceUndated', source) : t('answer.source', { ...source, date });
}

/**
 * The answer as markdown for a user of `lang`: what the bot understood the question is about (`intro`, when it says
 * so), its title in bold, the text, its links, then its source and review date when the entry gives them (never a
 * date it does not). An entry not written in `lang` is shown in its own language, after one line saying so.
 */
export function answerMarkdown(entry: Entry, lang: Lang, t: TFunction, intro?: string): string {
  const shown = shownLanguage(entry, lang);
  const notice = shown === lang ? [] : [t(`answer.onlyIn.${shown}`)];
  const parts = [...(intro ? [intro] : []), ...notice, `**${titleFor(entry, shown).trim()}**`, answerFor(entry, shown).trim()];
  if (entry.links.length > 0) {
    const links = entry.links.map((link) => `- [${linkLabel(link, shown) ?? sourceLabel(link.url)}](${link.url})`);
    parts.push([t('answer.links'), ...links].join('\n'));
  }
  const source = sourceLine(entry, lang, t);
  if (source !== undefined) parts.push(source);
  return typeset(parts.join('\n\n'));
}

/** The answer message, with the client's own rating buttons where it has them (Teams' thumbs). */
export function answerActivity(markdown: string, capabilities: RenderingCapabilities): Partial<Activity> {
  const message: Partial<Activity> = { type: ActivityTypes.Message, text: markdown, textFormat: 'markdown' };
  return capabilities.nativeFeedback ? { ...message, channelData: { feedbackLoopEnabled: true } } : message;
}
