import { ActivityTypes, type Activity } from 'botbuilder';
import type { TFunction } from 'i18next';
import { answerFor, linkLabel, shownLanguage, titleFor } from '../../knowledge';
import type { Entry, Lang } from '../../knowledge/types';
import { answerMessageEntity, CITATION_MARKER, citationDefinition, type AnswerCitation } from './answer-entities';
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

/** The entry's source as the answer's citation, with its review date as the abstract; none without a source. */
export function answerCitation(entry: Entry, lang: Lang, t: TFunction): AnswerCitation | undefined {
  if (entry.source === undefined) return undefined;
  const abstract = entry.updated === undefined ? undefined : t('answer.updated', { date: formatDate(entry.updated, lang) });
  return { name: sourceLabel(entry.source), url: entry.source, ...(abstract === undefined ? {} : { abstract }) };
}

/**
 * The answer as markdown for a user of `lang`: what the bot understood the question is about (`intro`, when it says
 * so), its title in bold, the text, its links, then its source and review date when the entry gives them (never a
 * date it does not). An entry not written in `lang` is shown in its own language, after one line saying so. With
 * `cite`, the text ends with the marker of its source's citation (`answerActivity` adds the citation).
 */
export function answerMarkdown(entry: Entry, lang: Lang, t: TFunction, intro?: string, cite = false): string {
  const shown = shownLanguage(entry, lang);
  const notice = shown === lang ? [] : [t(`answer.onlyIn.${shown}`)];
  const marker = cite && entry.source !== undefined ? ` ${CITATION_MARKER}` : '';
  const body = `${answerFor(entry, shown).trim()}${marker}`;
  const parts = [...(intro ? [intro] : []), ...notice, `**${titleFor(entry, shown).trim()}**`, body];
  if (entry.links.length > 0) {
    const links = entry.links.map((link) => `- [${linkLabel(link, shown) ?? sourceLabel(link.url)}](${link.url})`);
    parts.push([t('answer.links'), ...links].join('\n'));
  }
  const source = sourceLine(entry, lang, t);
  if (source !== undefined) parts.push(source);
  return typeset(parts.join('\n\n'));
}

/** What the answer message carries besides its text, where the client shows it. */
export interface AnswerExtras {
  /** The answer rated by the client's own thumbs. */
  answerKey: string;
  /** Its source, cited where the client renders citations (the markdown must carry the marker: `answerMarkdown`). */
  citation?: AnswerCitation;
}

/**
 * The answer message, with the client's own rating buttons where it has them (Teams' feedback loop, Web Chat's
 * like/dislike actions) and its source as a citation where the client renders them (Web Chat also needs the markdown
 * link definition of `[1]`).
 */
export function answerActivity(markdown: string, capabilities: RenderingCapabilities, extras: AnswerExtras): Partial<Activity> {
  const citation = capabilities.citations === 'none' ? undefined : extras.citation;
  const definition = citation && capabilities.citations === 'web-chat' ? `\n\n${citationDefinition(citation)}` : '';
  const message: Partial<Activity> = { type: ActivityTypes.Message, text: `${markdown}${definition}`, textFormat: 'markdown' };
  const entity = answerMessageEntity({ citation, votesFor: capabilities.voteActions ? extras.answerKey : undefined });
  if (entity) message.entities = [entity];
  return capabilities.nativeFeedback ? { ...message, channelData: { feedbackLoopEnabled: true } } : message;
}
