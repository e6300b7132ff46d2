import { createBot, type BuiltBot } from '../bots/create-bot';
import { webWelcomeFor } from '../bots/web';
import type { Config } from '../config/config';
import { contactSettings } from '../config/contact-settings';
import { FeedbackAnswerHistory } from '../dialogs/follow-ups';
import { LiveKnowledge, type KnowledgeBase } from '../knowledge';
import type { FeedbackStore, OpenedStorage } from '../storage';
import { createAdapter, createBotTurn, type FaqAdapter } from './adapter';
import type { BotTurn } from './bot-turn';
import type { ErrorLog } from './turn-error';
import { TurnQueue } from './turn-queue';

export interface AssemblyOptions {
  /** Replaces the opened storage's feedback store (tests wrap it to make it fail). */
  feedback?: FeedbackStore;
  /** Where the turn-error handler logs what it caught. Default: the console. */
  errorLog?: ErrorLog;
}

export interface AssembledBot extends BuiltBot {
  /** For `/api/messages` (Bot Framework connector, Teams, Azure's Direct Line). */
  adapter: FaqAdapter;
  /** For the in-process channels: the local Direct Line of the web chat, the console. */
  botTurn: BotTurn;
  /** The one queue of every conversation's turns, the adapter's; the local Direct Line queues its work in it too. */
  turns: TurnQueue;
  /** The knowledge served (a live editor's, or the base given, held the same way). */
  knowledge: LiveKnowledge;
}

/**
 * Knowledge (a base, or the live knowledge an editor swaps) + storage → bot → adapter, configured from `config` (contact, default language, web welcome): the
 * wiring every entry point shares, `index.ts`, the console and the tests that run the real bot alike.
 */
export function assembleBot(
  config: Config,
  kb: KnowledgeBase | LiveKnowledge,
  storage: OpenedStorage,
  options: AssemblyOptions = {},
): AssembledBot {
  const knowledge = kb instanceof LiveKnowledge ? kb : new LiveKnowledge(kb);
  const built = createBot({
    kb: knowledge.kb,
    knowledge,
    documents: storage.documents,
    feedback: options.feedback ?? storage.feedback,
    events: storage.events,
    contact: contactSettings(config),
    answerHistory: new FeedbackAnswerHistory(storage.feedback),
    defaultLang: config.defaultLang,
    webWelcome: webWelcomeFor(config),
  });
  const turns = new TurnQueue();
  const adapter = createAdapter(config, built.conversationState, turns, options.errorLog);
  return { ...built, adapter, botTurn: createBotTurn(adapter, built.bot), turns, knowledge };
}
