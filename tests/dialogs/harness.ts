import { join } from 'node:path';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { createBot } from '../../bots/create-bot';
import type { ContactSettings } from '../../config/contact-settings';
import { loadKnowledgeBase, Matcher, type KnowledgeBase, type Lang } from '../../knowledge';
import { translator } from '../../locales';
import { IN_MEMORY, openStorage, type FeedbackStore, type OpenedStorage } from '../../storage';

/**
 * The base the conversation, Teams and HTTP tests talk to: a frozen copy of `knowledge/content/` as it was when the
 * conversation cases were written. Those cases name its entries, counts and band outcomes ("Peu importe (9)", the
 * "suggest" band of "données"), so the editors' changes to the real content must not move them; the real content
 * has its own tests (kb:check, the dev-set accuracy floors). Refresh the copy on purpose, with the cases.
 */
export const FIXTURE_KNOWLEDGE = join(__dirname, 'fixtures', 'knowledge');
export const CONTACT: ContactSettings = { url: 'https://esante.gouv.fr/contact', email: 'contact@example.org', via: 'email' };

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

const sharedKbs = new Map<string, { kb: KnowledgeBase; matcher: Matcher }>();
function knowledge(dir: string): { kb: KnowledgeBase; matcher: Matcher } {
  let shared = sharedKbs.get(dir);
  if (!shared) {
    const kb = loadKnowledgeBase(dir);
    shared = { kb, matcher: new Matcher(kb) };
    sharedKbs.set(dir, shared);
  }
  return shared;
}

export type Replies = Partial<Activity>[];
/** A reply text to find (substring), a pattern, or a check of its own. */
export type Expectation = string | RegExp | ((replies: Replies) => void);
export type Step = [user: string | Partial<Activity>, expected: Expectation | Expectation[]];

/** One conversation with the real bot (dialogs, conversation state, feedback store) on a TestAdapter. */
export class Conversation {
  private constructor(
    readonly adapter: TestAdapter,
    readonly storage: OpenedStorage,
    readonly locale: string,
  ) {}

  /**
   * `storage` lets several conversations (or a restart) share one store; `conversationId` tells conversations of the
   * same user (`user1`) apart; `knowledgeDir` replaces the pinned base (FIXTURE_KNOWLEDGE). Closing a conversation
   * closes its storage.
   */
  static async start(options: {
    lang: Lang;
    channelId?: string;
    storage?: OpenedStorage;
    conversationId?: string;
    knowledgeDir?: string;
  }): Promise<Conversation> {
    const storage = options.storage ?? (await openStorage({ dataDir: IN_MEMORY }));
    const { bot } = createBot({
      ...knowledge(options.knowledgeDir ?? FIXTURE_KNOWLEDGE),
      documents: storage.documents,
      feedback: storage.feedback,
      events: storage.events,
      contact: CONTACT,
      defaultLang: 'fr',
    });
    const adapter = new TestAdapter((context) => bot.run(context), { channelId: options.channelId ?? 'test' });
    if (options.conversationId) adapter.conversation.conversation.id = options.conversationId;
    adapter.onTurnError = async (_context, error) => {
      throw error; // a test must fail on a turn error, not read an apology
    };
    return new Conversation(adapter, storage, LOCALES[options.lang]);
  }

  get feedback(): FeedbackStore {
    return this.storage.feedback;
  }

  /** The bot's replies to one activity (a text is a message in the conversation's locale). */
  async send(input: string | Partial<Activity>): Promise<Replies> {
    const activity = typeof input === 'string' ? { type: ActivityTypes.Message, text: input } : input;
    await this.adapter.processActivity({ locale: this.locale, ...activity });
    return this.adapter.activeQueue.splice(0);
  }

  /** A person joins: the channel's conversationUpdate that triggers the welcome. */
  join(): Promise<Replies> {
    return this.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user1', name: 'User1' }] });
  }

  play(steps: readonly Step[]): Promise<void> {
    return playSteps((input) => this.send(input), steps);
  }

  close(): Promise<void> {
    return this.storage.close();
  }
}

/** Plays the steps one after the other through `send`, checking each step's replies (any channel: see server-harness). */
export async function playSteps(send: (input: string | Partial<Activity>) => Promise<Replies>, steps: readonly Step[]): Promise<void> {
  for (const [index, [user, expected]] of steps.entries()) {
    const replies = await send(user);
    const label = `step ${index + 1} (${typeof user === 'string' ? JSON.stringify(user.slice(0, 60)) : user.type})`;
    const unfilled = texts(replies).find((text) => text.includes('{{'));
    if (unfilled !== undefined) throw new Error(`${label}: a string left unfilled: ${unfilled}`);
    for (const expectation of Array.isArray(expected) ? expected : [expected]) check(replies, expectation, label);
  }
}

export function texts(replies: Replies): string[] {
  return replies.map((reply) => reply.text ?? '');
}

/**
 * Text as the checks compare it: the bot typesets what it shows (’ and no-break spaces, see `typeset`) while tests
 * quote the knowledge files and strings as typed.
 */
export function plain(text: string): string {
  return text.replace(/[\u2019]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
}

/** Titles of the suggested actions (or card buttons) of the last reply that has some. */
export function buttons(replies: Replies): string[] {
  const last = [...replies]
    .reverse()
    .find((reply) => reply.suggestedActions?.actions.length || reply.attachments?.length);
  if (!last) return [];
  if (last.suggestedActions) return last.suggestedActions.actions.map((action) => action.title ?? '');
  const card = last.attachments?.[0]?.content as { actions?: { title: string }[] } | undefined;
  return card?.actions?.map((action) => action.title) ?? [];
}

function check(replies: Replies, expectation: Expectation, label: string): void {
  if (typeof expectation === 'function') return expectation(replies);
  const all = texts(replies).join('\n---\n');
  const found =
    typeof expectation === 'string' ? plain(all).includes(plain(expectation)) : expectation.test(plain(all));
  if (!found) throw new Error(`${label}: expected ${String(expectation)} in the replies:\n${all}`);
}

/** The conversation strings of a language, as the tests compare them. */
export function strings(lang: Lang) {
  return translator(lang, 'conversation');
}
