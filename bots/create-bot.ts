import type { DialogState } from 'botbuilder-dialogs';
import type { KnowledgeBase, Lang, Matcher } from '../knowledge';
import { ConcurrencySafeConversationState, type ConditionalStorage, type FeedbackStore } from '../storage';
import type { Contact } from '../dialogs/deps';
import { MainDialog } from '../dialogs/main-dialog';
import type { Session } from '../dialogs/session';
import { FaqBot } from './faq-bot';

export interface BotDeps {
  kb: KnowledgeBase;
  matcher: Matcher;
  storage: ConditionalStorage;
  feedback: FeedbackStore;
  contact: Contact;
  defaultLang: Lang;
}

export interface BuiltBot {
  bot: FaqBot;
  /** Needed by the turn-error handler, which resets the conversation. */
  conversationState: ConcurrencySafeConversationState;
}

/** Conversation state → main dialog → bot: the part of the wiring every channel (HTTP, console, tests) shares. */
export function createBot(deps: BotDeps): BuiltBot {
  const conversationState = new ConcurrencySafeConversationState(deps.storage);
  const session = conversationState.createProperty<Session>('session');
  const dialog = new MainDialog({
    kb: deps.kb,
    matcher: deps.matcher,
    feedback: deps.feedback,
    session,
    contact: deps.contact,
    defaultLang: deps.defaultLang,
  });
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const bot = new FaqBot(conversationState, dialog, dialogState, {
    session,
    feedback: deps.feedback,
    defaultLang: deps.defaultLang,
  });
  return { bot, conversationState };
}
