import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Lang } from '../../knowledge/types';
import { BOT_ACCOUNT } from '../bot-account';
import type { BotTurn } from '../bot-turn';
import type { TurnQueue } from '../turn-queue';
import { readJsonBody } from './body';
import { BotBridge } from './bot-bridge';
import type { Conversation } from './conversation';
import { ConversationStore } from './conversation-store';
import { guarded, preflight, sendError, sendForbidden, watermarkOf } from './http';
import { sanitizeInbound } from './inbound';
import { normaliseOrigins, type OriginPolicy } from './origin-policy';
import { bearerToken, signToken, TOKEN_LIFETIME_MS, verifyToken, type TokenClaims } from './token';

export const DIRECT_LINE_PATH = '/v3/directline';
const IDLE_MS = 30 * 60 * 1000;
const MAX_ACTIVITIES_PER_CONVERSATION = 100;
/** Messages a user may have waiting for the bot; beyond, the client is sending faster than anyone types. */
const MAX_PENDING_TURNS = 10;

export interface LocalDirectLineOptions {
  botTurn: BotTurn;
  /** The bot's turn queue (`assembleBot`), where each conversation's turns wait for the earlier ones. */
  turns: TurnQueue;
  tokenKey: string;
  allowedOrigins: readonly string[];
  maxActivityBytes: number;
  maxConversations: number;
  now?: () => number;
  log?: (message: string, error: unknown) => void;
}

/** What `POST /conversations`, `POST /tokens/refresh` and the page's token endpoint answer. */
export interface TokenResponse {
  conversationId: string;
  token: string;
  expires_in: number;
  userId: string;
}

/**
 * A self-hosted subset of Direct Line 3.0, enough for Web Chat with `webSocket: false` (polling). Conversations live
 * in this process' memory; one started elsewhere (before a restart, or on another instance sharing the token key) is
 * re-opened from its token, without a second welcome, while the bot's own state lives in the shared storage. Behind
 * a load balancer, still route a conversation to one instance (sticky sessions): two instances holding the same
 * conversation at once would each keep part of it.
 */
export class LocalDirectLine {
  private readonly store: ConversationStore;
  private readonly bridge: BotBridge;
  private readonly now: () => number;
  private readonly policy: OriginPolicy;

  constructor(private readonly options: LocalDirectLineOptions) {
    this.now = options.now ?? Date.now;
    this.policy = { allowedOrigins: normaliseOrigins(options.allowedOrigins) };
    const { botTurn, turns, log } = options;
    this.bridge = new BotBridge({ botTurn, turns, bot: BOT_ACCOUNT, now: this.now, log });
    this.store = new ConversationStore({
      now: this.now,
      turns: this.bridge,
      idleMs: IDLE_MS,
      maxConversations: options.maxConversations,
      maxActivitiesPerConversation: MAX_ACTIVITIES_PER_CONVERSATION,
    });
  }

  /** A token for a new conversation (not opened until the client's `POST /conversations`). */
  issue(lang: Lang): TokenResponse {
    const claims: TokenClaims = {
      conversationId: randomBytes(16).toString('base64url'),
      userId: `dl_${randomBytes(12).toString('base64url')}`,
      lang,
      expiresAt: this.now() + TOKEN_LIFETIME_MS,
      started: false,
    };
    return this.tokenResponse(claims);
  }

  register(server: Server): void {
    const route = (handler: (req: Request, res: Response) => Promise<void>) =>
      guarded(this.policy, handler, this.options.log);
    server.opts(`${DIRECT_LINE_PATH}/*`, preflight(this.policy));
    server.post(
      `${DIRECT_LINE_PATH}/conversations`,
      route((req, res) => this.startConversation(req, res)),
    );
    server.get(
      `${DIRECT_LINE_PATH}/conversations/:id`,
      route((req, res) => this.reconnect(req, res)),
    );
    server.get(
      `${DIRECT_LINE_PATH}/conversations/:id/activities`,
      route((req, res) => this.getActivities(req, res)),
    );
    server.post(
      `${DIRECT_LINE_PATH}/conversations/:id/activities`,
      route((req, res) => this.postActivity(req, res)),
    );
    server.post(
      `${DIRECT_LINE_PATH}/tokens/refresh`,
      route((req, res) => this.refresh(req, res)),
    );
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private claims(req: Request): TokenClaims {
    return verifyToken(this.options.tokenKey, bearerToken(req.headers.authorization), this.now());
  }

  private tokenResponse(claims: TokenClaims): TokenResponse {
    const { conversationId, userId } = claims;
    const token = signToken(this.options.tokenKey, { ...claims, expiresAt: this.now() + TOKEN_LIFETIME_MS });
    return { conversationId, token, expires_in: TOKEN_LIFETIME_MS / 1000, userId };
  }

  /**
   * The token's conversation: the one this process holds or, for a started one it does not hold, re-opened here.
   * Synchronous, so two requests arriving together cannot re-open it twice.
   */
  private conversationOf(claims: TokenClaims): Conversation | undefined {
    return this.store.touch(claims.conversationId) ?? (claims.started ? this.store.reopen(claims) : undefined);
  }

  /** Opens the token's conversation and greets the user; for a started one, just a fresh token (idempotent). */
  private async startConversation(req: Request, res: Response): Promise<void> {
    const claims = this.claims(req);
    const started = { ...claims, started: true };
    if (this.conversationOf(claims)) return void res.send(200, this.tokenResponse(started));
    void this.bridge.start(this.store.open(claims));
    res.send(201, this.tokenResponse(started));
  }

  /** The conversation named in the URL when the token grants it; otherwise answers 403 and returns undefined. */
  private ownConversation(req: Request, res: Response): Conversation | undefined {
    const claims = this.claims(req);
    const id = (req.params as { id?: string }).id;
    const conversation = id === claims.conversationId ? this.conversationOf(claims) : undefined;
    if (!conversation) sendForbidden(res);
    return conversation;
  }

  private async getActivities(req: Request, res: Response): Promise<void> {
    const conversation = this.ownConversation(req, res);
    if (!conversation) return;
    const watermark = watermarkOf(req);
    if (Number.isNaN(watermark)) return sendError(res, 400, 'BadArgument', 'Malformed watermark.');
    res.header('Cache-Control', 'no-store');
    res.send(200, conversation.since(watermark));
  }

  /** Answers `{id}` as soon as the activity is queued: the bot's replies arrive through the poll. */
  private async postActivity(req: Request, res: Response): Promise<void> {
    const conversation = this.ownConversation(req, res);
    if (!conversation) return;
    const inbound = sanitizeInbound(await readJsonBody(req, this.options.maxActivityBytes), conversation.userId);
    if (this.bridge.pending(conversation.id) >= MAX_PENDING_TURNS) {
      res.header('Retry-After', '5');
      return sendError(res, 429, 'TooManyRequests', 'The bot is still answering earlier messages.');
    }
    const { id } = this.bridge.receive(conversation, inbound);
    res.send(200, { id });
  }

  /**
   * Direct Line's reconnect: DirectLineJS calls it instead of `POST /conversations` when it is given a conversation
   * id, as a reloaded page resuming its chat does. A fresh token, as a refresh gives; the client's `watermark` is
   * its own business (its next poll says it).
   */
  private async reconnect(req: Request, res: Response): Promise<void> {
    if (!this.ownConversation(req, res)) return;
    res.header('Cache-Control', 'no-store');
    res.send(200, this.tokenResponse({ ...this.claims(req), started: true }));
  }

  private async refresh(req: Request, res: Response): Promise<void> {
    const claims = this.claims(req);
    if (!this.conversationOf(claims)) return sendForbidden(res);
    res.send(200, this.tokenResponse({ ...claims, started: true }));
  }
}
