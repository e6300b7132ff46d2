import type { TFunction } from 'i18next';
import type { Contact } from '../deps';

/** What a message to the agency says: the question, its topics and the answers tried, in the user's language. */
export interface AgencyDraft {
  question?: string;
  /** The topics' labels. */
  topics: string[];
  /** The titles of the answers shown for the question. */
  tried: string[];
}

/** Mail clients and browsers cut longer addresses; a long question is cut instead. */
const MAX_QUESTION_IN_MESSAGE = 300;

/** The message's subject and body, written for the user to read, complete and send themselves. */
export function agencyMessage(draft: AgencyDraft, t: TFunction): { subject: string; body: string } {
  const question = draft.question && draft.question.length > MAX_QUESTION_IN_MESSAGE ? `${draft.question.slice(0, MAX_QUESTION_IN_MESSAGE)}…` : draft.question;
  const topics = draft.topics.join(', ');
  const subject = topics ? t('agency.subjectTopics', { topics }) : t('agency.subject');
  const lines = [
    t('agency.greeting'),
    '',
    t(question ? 'agency.notFound' : 'agency.noQuestion'),
    ...(question ? [t('agency.question', { question })] : []),
    ...(topics ? [t('agency.topics', { topics })] : []),
    ...(draft.tried.length > 0 ? [t('agency.tried'), ...draft.tried.map((title) => `- ${title}`)] : []),
    '',
    t('agency.yourDetails'),
    '',
    t('agency.signOff'),
  ];
  return { subject, body: lines.join('\n') };
}

/** RFC 6068 wants line breaks as CRLF; parentheses are escaped too, so that the address survives a markdown link. */
function encoded(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, '\r\n')).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** The address that opens the message ready to edit: a mailto: link, or the contact form with its fields filled. */
export function agencyLink(contact: Contact, message: { subject: string; body: string }): string | undefined {
  if (contact.via === 'email' && contact.email) {
    return `mailto:${contact.email}?subject=${encoded(message.subject)}&body=${encoded(message.body)}`;
  }
  if (contact.via === 'form' && contact.url && contact.formFields) {
    const url = new URL(contact.url);
    url.searchParams.set(contact.formFields.subject, message.subject);
    url.searchParams.set(contact.formFields.body, message.body);
    return url.toString().replace(/\(/g, '%28').replace(/\)/g, '%29');
  }
  return contact.url;
}

/** The message as a quote in the chat: what the link opens, or what to copy into the contact page. */
function quoted(message: { subject: string; body: string }, t: TFunction): string {
  const lines = [`**${t('agency.subjectLabel')}** ${message.subject}`, '', ...message.body.split('\n')];
  return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}

/**
 * "Write to the agency": a link that opens a message already written (an e-mail, or the contact form filled in, as
 * configured) with the user's question, its topics and the answers tried, shown in the chat too. The user reads it,
 * changes it and sends it themselves: the bot sends nothing. Undefined when no contact is configured.
 */
export function writeToAgency(contact: Contact, draft: AgencyDraft, t: TFunction): string | undefined {
  const message = agencyMessage(draft, t);
  const link = agencyLink(contact, message);
  if (link === undefined) return undefined;
  const intro = t(`agency.offer.${contact.via}`);
  const button = `[${t(`agency.link.${contact.via}`)}](${link})`;
  return [intro, button, quoted(message, t)].join('\n\n');
}
