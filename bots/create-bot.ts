import type { DialogState } from 'botbuilder-dialogs';
import type { KnowledgeBase, Lang, Matcher } from '../knowledge';
import type { DocumentStore, FeedbackWriter } from '../storage';
import type { Contact } from '../dialogs/deps';
import { MainDialog } from '../dialogs/main-dialog';
import type { UserPreferences } from '../dialogs/preferences';
import type { Session } from '../dialogs/session';
import { FaqBot } from './faq-bot';
import { ConcurrencySafeConversationState, ConcurrencySafeUserState } from './state';
import type { WebWelcome } from './web';

export interface BotDeps {
  kb: KnowledgeBase;
  matcher: Matcher;
  /** Where conversation and user state are kept. */
  documents: DocumentStore;
  feedback: FeedbackWriter;
  contact: Contact;
  defaultLang: Lang;
  /** `join-event` when the page talks to Azure's Direct Line (see `webWelcomeFor`). Default: conversationUpdate. */
  webWelcome?: WebWelcome;
}

export interface BuiltBot {
  bot: FaqBot;
  /** Needed by the turn-error handler, which resets the conversation after a failure (not after a conflict). */
  conversationState: ConcurrencySafeConversationState;
  /** The user's preferences (saved language), kept across conversations and across a conversation reset. */
  userState: ConcurrencySafeUserState;
}

/** States → main dialog → bot: the part of the wiring every channel (HTTP, console, tests) shares. */
export function createBot(deps: BotDeps): BuiltBot {
  const conversationState = new ConcurrencySafeConversationState(deps.documents);
  const userState = new ConcurrencySafeUserState(deps.documents);
  const session = conversationState.createProperty<Session>('session');
  const preferences = userState.createProperty<UserPreferences>('preferences');
  const dialog = new MainDialog({
    kb: deps.kb,
    matcher: deps.matcher,
    feedback: deps.feedback,
    session,
    preferences,
    contact: deps.contact,
  });
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const bot = new FaqBot({ conversation: conversationState, user: userState }, dialog, dialogState, {
    session,
    feedback: deps.feedback,
    language: { session, preferences, defaultLang: deps.defaultLang },
    webWelcome: deps.webWelcome ?? 'conversationUpdate',
  });
  return { bot, conversationState, userState };
}
