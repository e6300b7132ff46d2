import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { ContactSettings } from '../config/contact-settings';
import type { KnowledgeBase, Matcher, TopicReader } from '../knowledge';
import type { FeedbackWriter, QuestionEventWriter } from '../storage';
import type { KnownWord } from './commands';
import type { FollowUps } from './follow-ups';
import type { PreferencesAccessor } from './preferences';
import { newSession, type Session } from './session';

/** How "write to the agency" reaches it (config: CONTACT_URL, CONTACT_EMAIL, CONTACT_VIA, CONTACT_FORM_FIELDS). */
export type Contact = ContactSettings;

/** Everything the dialogs use, built once by the composition root. */
export interface ConversationDeps {
  kb: KnowledgeBase;
  matcher: Matcher;
  /** The topics a question names (`TopicReader` of the same base). */
  topics: TopicReader;
  /** The "see also" entries after an answer. */
  followUps: FollowUps;
  /** Real words, which commands never take for a typo of theirs. */
  knownWord: KnownWord;
  feedback: FeedbackWriter;
  /** Answers shown (how each was reached) and "did you mean" menus, for the editors' report. */
  events: QuestionEventWriter;
  session: StatePropertyAccessor<Session>;
  /** In the user state: what outlives one conversation. */
  preferences: PreferencesAccessor;
  contact: Contact;
}

/** The conversation's session, created on first use. */
export async function sessionOf(deps: Pick<ConversationDeps, 'session'>, context: TurnContext): Promise<Session> {
  return deps.session.get(context, newSession());
}
