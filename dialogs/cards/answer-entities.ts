import type { Entity } from 'botbuilder';

/** Where an answer comes from, shown by the client as citation [1] (Web Chat's link list, Teams' citation pill). */
export interface AnswerCitation {
  /** The document's name, short: Teams shows at most 80 characters. */
  name: string;
  url: string;
  /** One line about the document (its review date); Teams shows at most 160 characters. */
  abstract?: string;
}

/** The marker the answer's text carries where the citation applies: clients turn `[1]` into a link to it. */
export const CITATION_MARKER = '[1]';

/** Web Chat's thumbs post an event whose entity is the action clicked; its `@id` names the answer rated. */
const VOTE_ID_PREFIX = 'urn:faq-sante:answer:';
const REACTIONS = { like: 'LikeAction', dislike: 'DislikeAction' } as const;

/** `urn:faq-sante:answer:<answer key>#like`: unique per button (Web Chat keys its buttons by it). */
export function voteActionId(answerKey: string, reaction: keyof typeof REACTIONS): string {
  return `${VOTE_ID_PREFIX}${encodeURIComponent(answerKey)}#${reaction}`;
}

/** The answer key a vote action's `@id` names, or undefined for an id this bot did not write. */
export function answerKeyOfVote(actionId: unknown): string | undefined {
  if (typeof actionId !== 'string' || !actionId.startsWith(VOTE_ID_PREFIX)) return undefined;
  const encoded = actionId.slice(VOTE_ID_PREFIX.length).replace(/#(like|dislike)$/, '');
  try {
    return decodeURIComponent(encoded) || undefined;
  } catch {
    return undefined;
  }
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function claim(citation: AnswerCitation): Record<string, unknown> {
  const abstract = citation.abstract === undefined ? {} : { abstract: shorten(citation.abstract, 160) };
  return {
    '@type': 'Claim',
    position: 1,
    appearance: { '@type': 'DigitalDocument', name: shorten(citation.name, 80), url: citation.url, ...abstract },
  };
}

export interface MessageEntityParts {
  citation?: AnswerCitation;
  /** The answer whose like/dislike actions Web Chat shows as thumbs. */
  votesFor?: string;
}

/**
 * The schema.org `Message` entity (`@id: ''`, the activity itself) that Web Chat 4.18 and Teams read: its `citation`
 * (a `Claim` at position 1, cited as `[1]` in the text) and, for Web Chat, its `LikeAction`/`DislikeAction`, shown as
 * thumbs. Undefined when there is neither.
 */
export function answerMessageEntity(parts: MessageEntityParts): Entity | undefined {
  if (!parts.citation && parts.votesFor === undefined) return undefined;
  const answerKey = parts.votesFor;
  const votes =
    answerKey === undefined
      ? {}
      : {
          potentialAction: (Object.keys(REACTIONS) as (keyof typeof REACTIONS)[]).map((reaction) => ({
            '@type': REACTIONS[reaction],
            '@id': voteActionId(answerKey, reaction),
          })),
        };
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    ...(parts.citation ? { citation: [claim(parts.citation)] } : {}),
    ...votes,
  };
}

/**
 * The markdown link definition Web Chat lists under the text as the citation (`[1]: url "name"`); Teams reads the
 * entity instead. Added after typesetting: a no-break space before its colon would make it plain text.
 */
export function citationDefinition(citation: AnswerCitation): string {
  return `${CITATION_MARKER}: <${citation.url}> "${citation.name.replace(/"/g, '\\"')}"`;
}
