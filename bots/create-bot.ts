import type { DialogState } from 'botbuilder-dialogs';
import { LanguageDetector, LiveKnowledge, Matcher, TopicReader, type KnowledgeBase, type Lang } from '../knowledge';
import { LANGS } from '../config/languages';
import { comparable } from '../knowledge/text';
import { i18nInstance } from '../locales';
import type { DocumentStore, FeedbackWriter, QuestionEventWriter } from '../storage';
import type { Contact } from '../dialogs/deps';
import { SeeAlso, type AnswerHistory } from '../dialogs/follow-ups';
import { MainDialog } from '../dialogs/main-dialog';
import type { UserPreferences } from '../dialogs/preferences';
import type { Session } from '../dialogs/session';
import { FaqBot } from './faq-bot';
import { ConcurrencySafeConversationState, ConcurrencySafeUserState } from './state';
import type { WebWelcome } from './web';

export interface BotDeps {
  /** The base at start; `knowledge`, when given, serves it and the ones that replace it. */
  kb: KnowledgeBase;
  /** The matcher of `kb` (built when absent; built again for each base that replaces it). */
  matcher?: Matcher;
  /** The knowledge the running bot serves, swapped by live edits: every turn reads the base served at that time. */
  knowledge?: LiveKnowledge;
  /** Where conversation and user state are kept. */
  documents: DocumentStore;
  feedback: FeedbackWriter;
  /** Answers shown and "did you mean" menus, for the editors' report. */
  events: QuestionEventWriter;
  contact: Contact;
  defaultLang: Lang;
  /** `join-event` when the page talks to Azure's Direct Line (see `webWelcomeFor`). Default: conversationUpdate. */
  webWelcome?: WebWelcome;
  /** What users read next, for "see also" beside the entries on the same subject. Default: none. */
  answerHistory?: AnswerHistory;
}

export interface BuiltBot {
  bot: FaqBot;
  /** Needed by the turn-error handler, which resets the conversation after a failure (not after a conflict). */
  conversationState: ConcurrencySafeConversationState;
  /** The user's preferences (saved language), kept across conversations and across a conversation reset. */
  userState: ConcurrencySafeUserState;
}

/** Every string of the conversation, in both languages: button labels, commands, the words menus accept. */
function interfaceStrings(): string[] {
  const leaves = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(leaves);
  return LANGS.flatMap((lang) => leaves(i18nInstance().getResourceBundle(lang, 'conversation') ?? {}));
}

/**
 * The language a message is clearly written in, for the turn to follow it; none for what menus show in every
 * conversation and a click sends back: the bot's own labels ("Aucune de ces questions" typed in an English
 * conversation is a choice), the facets' labels, and the titles of entries written in one language only (an English
 * user clicking a French-only entry's French title still reads English).
 */
function questionLanguageOf(kb: KnowledgeBase, detector: LanguageDetector): (text: string) => Lang | undefined {
  const oneLanguage = kb.entries.filter((entry) => entry.langs.length === 1);
  const labels = kb.facets.flatMap((facet) => facet.values.flatMap((value) => [...Object.values(value.label), ...value.aliases]));
  const titles = oneLanguage.flatMap((entry) => Object.values(entry.title).filter((title) => title !== undefined));
  const known = new Set([...interfaceStrings(), ...labels, ...titles].map(comparable));
  return (text) => (known.has(comparable(text)) ? undefined : detector.clearLanguage(text));
}

/** What the dialogs use of a base, built once per base served (off to the side, before it is swapped in). */
interface BaseParts {
  kb: KnowledgeBase;
  matcher: Matcher;
  topics: TopicReader;
  followUps: SeeAlso;
  detector: LanguageDetector;
  messageLanguage: (text: string) => Lang | undefined;
}

function baseParts(deps: BotDeps): () => BaseParts {
  const knowledge = deps.knowledge ?? new LiveKnowledge(deps.kb);
  return knowledge.derive((kb): BaseParts => {
    const detector = new LanguageDetector(kb);
    const matcher = kb === deps.kb && deps.matcher !== undefined ? deps.matcher : new Matcher(kb);
    return { kb, matcher, topics: new TopicReader(kb), followUps: new SeeAlso(kb, deps.answerHistory), detector, messageLanguage: questionLanguageOf(kb, detector) };
  });
}

/** States → main dialog → bot: the part of the wiring every channel (HTTP, console, tests) shares. */
export function createBot(deps: BotDeps): BuiltBot {
  const conversationState = new ConcurrencySafeConversationState(deps.documents);
  const userState = new ConcurrencySafeUserState(deps.documents);
  const session = conversationState.createProperty<Session>('session');
  const preferences = userState.createProperty<UserPreferences>('preferences');
  const served = baseParts(deps);
  // Getters: each use reads the base served at that moment, so a live edit reaches the very next turn.
  const dialog = new MainDialog({
    get kb() { return served().kb; },
    get matcher() { return served().matcher; },
    get topics() { return served().topics; },
    get followUps() { return served().followUps; },
    knownWord: (word) => served().detector.isKnownWord(word),
    feedback: deps.feedback,
    events: deps.events,
    session,
    preferences,
    contact: deps.contact,
  });
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const bot = new FaqBot({ conversation: conversationState, user: userState }, dialog, dialogState, {
    session,
    feedback: deps.feedback,
    language: { session, preferences, defaultLang: deps.defaultLang, messageLanguage: (text) => served().messageLanguage(text) },
    webWelcome: deps.webWelcome ?? 'conversationUpdate',
  });
  return { bot, conversationState, userState };
}
