import type { Decision, FacetName, FacetSelection, Lang } from '../knowledge/types';

/** How many answers shown earlier an old feedback button can still rate. */
const REMEMBERED_ANSWERS = 5;

/** What a feedback record needs to know about an answer that was shown. The question is already redacted. */
export interface ShownAnswer {
  answerKey: string;
  entryId: string;
  lang: Lang;
  facets: FacetSelection;
  decision: Decision;
  matchScore: number | null;
  question: string;
  /**
   * The id of the answer message as the channel knows it (Teams gives it back as `replyToId` when the answer is
   * rated with its thumbs).
   */
  messageId?: string;
}

/** The question being answered (or the last one): what a message to the agency says. The text is redacted. */
export interface CurrentQuestion {
  text: string;
  /** The topics it was searched in: chosen in the cascade or named by the question. */
  topics: FacetSelection;
  /** The entries shown for it, in order. */
  tried: string[];
}

/** The cascade's place before an answer was shown, for "back" from that answer. */
export interface CascadePlace {
  selection: FacetSelection;
  asked: FacetName[];
}

/**
 * The conversation's own state, beside the dialog stack: what the stack cannot tell (the language, the facets chosen,
 * the answers shown). Where the conversation stands (a cascade question, an answer awaiting its rating) is the
 * stack's to say (`activeMenu`).
 */
export interface Session {
  /**
   * The language chosen for this conversation: "English" / "Français" typed in it, or the web page's language. Unset,
   * each turn follows the user's saved choice, else the channel's locale (see `resolveTurnLanguage`).
   */
  lang?: Lang;
  /**
   * The language the question being answered was clearly written in: its answer, rating and follow-ups speak it,
   * until the conversation goes back to its topics (see `resolveTurnLanguage`).
   */
  questionLang?: Lang;
  /** The topics chosen in the cascade for the question to come; dropped once an answer is shown. */
  selection: FacetSelection;
  /** Facets already asked, oldest first, whether answered or skipped ("any"): `back` undoes the last one. */
  asked: FacetName[];
  /** The last answers shown, newest last. */
  answers: ShownAnswer[];
  question?: CurrentQuestion;
  /** Where the cascade stood before the last answer. */
  beforeAnswer?: CascadePlace;
}

export function newSession(): Session {
  return { selection: {}, asked: [], answers: [] };
}

/** Records the user's pick for a facet; `undefined` means "any". */
export function chooseFacet(session: Session, facet: FacetName, value: string | undefined): void {
  if (value === undefined) delete session.selection[facet];
  else session.selection[facet] = value;
  session.asked = [...session.asked.filter((name) => name !== facet), facet];
}

/** Undoes the last facet question; returns false when none was answered. */
export function undoLastFacet(session: Session): boolean {
  const last = session.asked.at(-1);
  if (last === undefined) return false;
  session.asked = session.asked.slice(0, -1);
  delete session.selection[last];
  return true;
}

/** Forgets the facets chosen so far (the language stays). */
export function resetCascade(session: Session): void {
  session.selection = {};
  session.asked = [];
}

/** A new question starts clean: no topics of an earlier one, no answers tried yet. */
export function startQuestion(session: Session, text: string, topics: FacetSelection): void {
  session.question = { text, topics: { ...topics }, tried: [] };
}

/**
 * An answer is shown: the topics chosen for its question have done their work (the next question is matched on the
 * whole base unless it names a topic), and where the cascade stood is kept for "back".
 */
export function answerShown(session: Session, answer: ShownAnswer): void {
  const others = session.answers.filter((shown) => shown.answerKey !== answer.answerKey);
  session.answers = [...others, answer].slice(-REMEMBERED_ANSWERS);
  if (session.question && !session.question.tried.includes(answer.entryId)) session.question.tried.push(answer.entryId);
  if (Object.keys(session.selection).length > 0 || session.asked.length > 0) {
    session.beforeAnswer = { selection: { ...session.selection }, asked: [...session.asked] };
  }
  resetCascade(session);
}

/** "Back" from an answer: the cascade question the answer was reached from, if any. */
export function returnBeforeAnswer(session: Session): boolean {
  const place = session.beforeAnswer;
  if (!place) return false;
  session.selection = { ...place.selection };
  session.asked = [...place.asked];
  session.beforeAnswer = undefined;
  return true;
}

export function shownAnswer(session: Session, answerKey: string): ShownAnswer | undefined {
  return session.answers.find((answer) => answer.answerKey === answerKey);
}

/**
 * The answer a rating of message `messageId` is about; without an id (a client that does not say which message was
 * rated), the newest answer. An unknown id is an answer too old to be remembered, or not an answer.
 */
export function answerOfMessage(session: Session, messageId: string | undefined): ShownAnswer | undefined {
  if (!messageId) return session.answers.at(-1);
  return session.answers.find((answer) => answer.messageId === messageId);
}
