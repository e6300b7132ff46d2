import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { KnowledgeBase, Matcher } from '../knowledge';
import type { FeedbackWriter } from '../storage';
import type { PreferencesAccessor } from './preferences';
import { newSession, type Session } from './session';

/** The agency's contact, offered when no answer helps. */
export interface Contact {
  url?: string;
  email?: string;
}

/** Everything the dialogs use, built once by the composition root. */
export interface ConversationDeps {
  kb: KnowledgeBase;
  matcher: Matcher;
  feedback: FeedbackWriter;
  session: StatePropertyAccessor<Session>;
  /** In the user state: what outlives one conversation. */
  preferences: PreferencesAccessor;
  contact: Contact;
}

/** The conversation's session, created on first use. */
export async function sessionOf(deps: ConversationDeps, context: TurnContext): Promise<Session> {
  return deps.session.get(context, newSession());
}
