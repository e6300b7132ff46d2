import { randomUUID } from 'node:crypto';
import {
  type Activity,
  type ActivityHandlerBase,
  type BotState,
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  DeliveryModes,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config/config';
import { BOT_ACCOUNT } from './bot-account';
import type { BotTurn } from './bot-turn';
import { TraceFilter } from './trace-filter';
import { turnErrorHandler, type ErrorLog } from './turn-error';
import { queuedTurns, type TurnQueue } from './turn-queue';

type TurnLogic = (context: TurnContext) => Promise<void>;
/** Who sent an activity to `/api/messages`, as Bot Framework authentication established it. */
export type AuthenticatedRequest = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** Where in-process replies would go if anything tried to send them outside the turn (nothing should). */
const IN_PROCESS_SERVICE_URL = 'http://localhost/in-process';
/** Bot Framework's public-cloud scope for bot-to-channel calls (`AuthenticationConstants.ToChannelFromBotOAuthScope`). */
const TO_CHANNEL_SCOPE = 'https://api.botframework.com';

/** Bot Framework authentication from the config: on when an app id is configured, off otherwise (local mode). */
export function createAuthentication(config: Config): ConfigurationBotFrameworkAuthentication {
  if (!config.appId) return new ConfigurationBotFrameworkAuthentication({});
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.appTenantId,
  });
}

/**
 * The CloudAdapter of `/api/messages`, plus an in-process entry for the channels that do not go through the Bot
 * Framework connector (local Direct Line, console). Those callers live in this process and are trusted, so the
 * in-process path skips the JWT check that `/api/messages` performs.
 */
export class FaqAdapter extends CloudAdapter {
  constructor(
    private readonly authentication: ConfigurationBotFrameworkAuthentication,
    private readonly appId: string | undefined,
  ) {
    super(authentication);
  }

  /** `/api/messages`, first step: who sent it. Throws when the token is missing, forged or cannot be checked. */
  authenticate(activity: Activity, authHeader: string): Promise<AuthenticatedRequest> {
    return this.authentication.authenticateRequest(activity, authHeader);
  }

  /** `/api/messages`, then: the turn of an authenticated activity; resolves with the invoke or expectReplies answer. */
  processAuthenticated(
    auth: AuthenticatedRequest,
    activity: Activity,
    logic: TurnLogic,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }

  /** Runs one activity through `logic` with `deliveryMode: expectReplies` and resolves with the replies. */
  async processInProcess(activity: Partial<Activity>, logic: TurnLogic): Promise<Partial<Activity>[]> {
    const complete = completeActivity(activity);
    const claimsIdentity = this.createClaimsIdentity(this.appId);
    const trusted = {
      claimsIdentity,
      connectorFactory: this.authentication.createConnectorFactory(claimsIdentity),
      audience: TO_CHANNEL_SCOPE,
    };
    const response = await this.processActivity(trusted, complete, logic);
    const body = response?.body as { activities?: Partial<Activity>[] } | undefined;
    return body?.activities ?? [];
  }
}

/**
 * Fills what an in-process caller may leave out. `conversation.id` and `from.id` are required: conversation state
 * and the user's saved language are keyed on them.
 */
export function completeActivity(activity: Partial<Activity>): Activity {
  if (!activity.conversation?.id) throw new TypeError('[BotTurn] activity.conversation.id is required');
  if (!activity.from?.id) throw new TypeError('[BotTurn] activity.from.id is required');
  return {
    type: ActivityTypes.Message,
    id: randomUUID(),
    timestamp: new Date(),
    channelId: 'directline',
    serviceUrl: IN_PROCESS_SERVICE_URL,
    recipient: BOT_ACCOUNT,
    ...activity,
    deliveryMode: DeliveryModes.ExpectReplies,
  } as Activity;
}

/** The `BotTurn` seam used by the local Direct Line and the console: the bot's replies to one activity. */
export function createBotTurn(adapter: FaqAdapter, bot: Pick<ActivityHandlerBase, 'run'>): BotTurn {
  return (activity) => adapter.processInProcess(activity, (context) => bot.run(context));
}

/**
 * The adapter as every entry point uses it: turns of one conversation queued one after the other in `turns` (their
 * state saves would otherwise conflict), no debugging traces sent back, and the turn-error handler (an apology; the
 * conversation starts afresh after a failure, keeps its state after an eTag conflict).
 */
export function createAdapter(
  config: Config,
  conversationState: BotState,
  turns: TurnQueue,
  log: ErrorLog = defaultErrorLog,
): FaqAdapter {
  const adapter = new FaqAdapter(createAuthentication(config), config.appId);
  adapter.use(queuedTurns(turns));
  adapter.use(new TraceFilter());
  adapter.onTurnError = turnErrorHandler(conversationState, config.defaultLang, log);
  return adapter;
}

function defaultErrorLog(message: string, error: unknown): void {
  console.error(message, error);
}
