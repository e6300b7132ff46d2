import type { Activity } from 'botbuilder';
import type { Server } from 'restify';
import { assembleBot } from '../../channels/assemble';
import { WEBCHAT_CHANNEL_ID } from '../../channels/directline/bot-bridge';
import { createServer, start, stop } from '../../channels/server';
import { conversationTurnKey, type TurnQueue } from '../../channels/turn-queue';
import { registerWebChannel, type WebChannel } from '../../channels/web';
import { loadConfig } from '../../config/config';
import { loadKnowledgeBase, type Lang } from '../../knowledge';
import { IN_MEMORY, openStorage, type FeedbackRecord, type OpenedStorage } from '../../storage';
import { getActivities, openConversation, postActivity, type Session } from '../channels/directline/helpers';
import { TeamsConversation } from '../channels/teams/teams-activities';
import { postActivity as postToBot } from '../channels/teams/teams-bot-server';
import { CONTACT, FIXTURE_KNOWLEDGE, playSteps, type Replies, type Step } from './harness';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

/** One conversation with the bot behind the real server, however it reaches it. */
export interface ServerConversation {
  readonly id: string;
  send(input: string | Partial<Activity>): Promise<Replies>;
  play(steps: readonly Step[]): Promise<void>;
}

let counter = 0;

/**
 * The real bot as `index.ts` wires it (knowledge, dialogs, adapter with its turn queue, server, web channel with the
 * local Direct Line), in local mode with in-memory storage and the agency's e-mail as contact, on a free port. Its
 * conversations reach it as a channel does: `/api/messages` with expectReplies (a script, Azure), Teams-shaped
 * activities from a Teams client, or the local Direct Line a web chat page uses.
 */
export class RealServer {
  private constructor(
    private readonly server: Server,
    private readonly web: WebChannel,
    private readonly turns: TurnQueue,
    private readonly storage: OpenedStorage,
    readonly url: string,
    /** What the turn-error handler caught: a test expects none. */
    readonly errors: unknown[],
  ) {}

  static async start(knowledgeDir = FIXTURE_KNOWLEDGE): Promise<RealServer> {
    const config = loadConfig({ BOT_LOCAL_MODE: 'true', CONTACT_EMAIL: CONTACT.email, CONTACT_URL: CONTACT.url, MESSAGES_PER_MINUTE: '1000' });
    const kb = loadKnowledgeBase(knowledgeDir);
    const storage = await openStorage({ dataDir: IN_MEMORY });
    const errors: unknown[] = [];
    const { bot, adapter, botTurn, turns } = assembleBot(config, kb, storage, { errorLog: (_message, error) => errors.push(error) });
    let web: WebChannel | undefined;
    const server = createServer({
      adapter,
      bot,
      config,
      health: () => ({ knowledgeEntries: kb.entries.length, storage: 'memory' }),
      routes: [(routes) => (web = registerWebChannel(routes, { config, botTurn, turns }))],
    });
    const address = await start(server, 0, '127.0.0.1');
    if (!web) throw new Error('[RealServer] the web channel was not registered');
    return new RealServer(server, web, turns, storage, `http://127.0.0.1:${address.port}`, errors);
  }

  /** Activities posted to `/api/messages` with expectReplies, as a script or Azure's Direct Line would. */
  api(lang: Lang, channelId = 'webchat'): ServerConversation {
    const id = `api-${++counter}`;
    const send = async (input: string | Partial<Activity>): Promise<Replies> => {
      const activity = typeof input === 'string' ? { type: 'message', text: input } : input;
      const posted = await postToBot(`${this.url}/api/messages`, {
        channelId,
        serviceUrl: 'http://localhost:9/unused',
        locale: LOCALES[lang],
        deliveryMode: 'expectReplies',
        conversation: { id } as Activity['conversation'],
        from: { id: `user-${id}`, name: 'User' },
        recipient: { id: 'bot', name: 'FAQ Santé Bot' },
        ...activity,
      });
      if (posted.status !== 200) throw new Error(`[RealServer] /api/messages answered ${posted.status}: ${posted.body}`);
      return posted.replies;
    };
    return { id, send, play: (steps) => playSteps(send, steps) };
  }

  /** A Teams personal chat from a client in `clientLang` (its locale), as the Bot Framework connector posts it. */
  teams(clientLang: Lang): ServerConversation {
    const chat = new TeamsConversation('personal', LOCALES[clientLang]);
    const send = async (input: string | Partial<Activity>): Promise<Replies> => {
      const activity = typeof input === 'string' ? chat.message(input) : input.type === 'conversationUpdate' ? chat.install() : { ...chat.message(''), ...input };
      const posted = await postToBot(`${this.url}/api/messages`, activity);
      if (posted.status !== 200) throw new Error(`[RealServer] /api/messages answered ${posted.status}: ${posted.body}`);
      return posted.replies;
    };
    return { id: chat.id, send, play: (steps) => playSteps(send, steps) };
  }

  /**
   * A web chat page in `lang` on the local Direct Line: the page's token, Web Chat's POST /conversations (the welcome,
   * which a `conversationUpdate` step returns), then each message posted and the bot's replies polled.
   */
  async webChat(lang: Lang): Promise<ServerConversation> {
    const session: Session = await openConversation(this.url, lang);
    let watermark: string | undefined;
    const botReplies = async (): Promise<Replies> => {
      await this.turns.settled(conversationTurnKey(WEBCHAT_CHANNEL_ID, session.conversationId));
      const set = await getActivities(this.url, session, watermark);
      watermark = set.watermark;
      return set.activities.filter((activity) => activity.from?.id !== session.userId && activity.type === 'message');
    };
    const welcome = await botReplies();
    const send = async (input: string | Partial<Activity>): Promise<Replies> => {
      if (typeof input !== 'string' && input.type === 'conversationUpdate') return welcome;
      const activity = typeof input === 'string' ? { type: 'message', text: input } : input;
      const posted = await postActivity(this.url, session, activity);
      if (posted.status !== 200) throw new Error(`[RealServer] the Direct Line answered ${posted.status}`);
      return botReplies();
    };
    return { id: session.conversationId, send, play: (steps) => playSteps(send, steps) };
  }

  /** The feedback one conversation left (answer keys start with its conversation id), oldest first. */
  async feedbackOf(conversation: ServerConversation): Promise<FeedbackRecord[]> {
    const records = await this.storage.feedback.list({ limit: 10_000 });
    return records.filter((record) => record.answerKey.startsWith(`${conversation.id}/`)).reverse();
  }

  async close(): Promise<void> {
    await this.web.close();
    this.server.server.closeAllConnections();
    await stop(this.server);
    await this.storage.close();
  }
}
