import type { Activity, ActivityHandlerBase, InvokeResponse, TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { FaqAdapter } from '../adapter';
import { checkActivity } from './activity-schema';
import type { ConversationRateLimit } from './conversation-rate-limit';
import { sendError, type HttpLog } from './errors';
import type { ServiceUrlDecision } from './service-url';

export type BotEndpointAdapter = Pick<FaqAdapter, 'authenticate' | 'processAuthenticated'>;

export interface BotEndpointDeps {
  adapter: BotEndpointAdapter;
  bot: Pick<ActivityHandlerBase, 'run'>;
  /** Local mode only: where replies may go, and how fast one conversation may post. */
  local?: { serviceUrls: (activity: Activity) => ServiceUrlDecision; rateLimit: ConversationRateLimit };
  log: HttpLog;
}

/**
 * `POST /api/messages`, in the order that costs least to a caller who should be refused: the activity's shape (400
 * naming the field), in local mode where its replies would go (403) and the conversation's rate (429), then
 * authentication (401, the same answer whatever failed), then the turn. Details go to the log, under the
 * correlation id the answer gives; answers never carry an exception's text.
 */
export function botEndpoint(deps: BotEndpointDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const { activity, problem } = checkActivity((req as { body?: unknown }).body);
    if (!activity) return void sendError(res, 400, 'BadArgument', problem);
    if (deps.local && !admitLocally(deps.local, activity, res)) return;
    const authenticated = await deps.adapter
      .authenticate(activity, authorizationOf(req))
      .catch((error: unknown) => refuseAuthentication(res, deps.log, error));
    if (!authenticated) return;
    try {
      const logic = (context: TurnContext) => deps.bot.run(context);
      const answer = await deps.adapter.processAuthenticated(authenticated, activity, logic);
      sendAnswer(res, answer);
    } catch (error) {
      const correlationId = sendError(res, 500, 'ServiceError', 'Internal error.');
      deps.log(`[api/messages] turn failed (correlation ${correlationId})`, error);
    }
  };
}

function admitLocally(local: NonNullable<BotEndpointDeps['local']>, activity: Activity, res: Response): boolean {
  if (local.serviceUrls(activity) === 'refused') {
    const message = 'In local mode the bot replies only to its local channel, or in the response (expectReplies).';
    sendError(res, 403, 'ServiceUrlNotAllowed', message);
    return false;
  }
  const rate = local.rateLimit.check(activity);
  if (rate.allowed) return true;
  res.header('Retry-After', String(rate.retryAfterSeconds));
  sendError(res, 429, 'TooManyRequests', 'Too many activities in this conversation; retry later.');
  return false;
}

function authorizationOf(req: Request): string {
  const header = req.headers.authorization;
  return typeof header === 'string' ? header : '';
}

function refuseAuthentication(res: Response, log: HttpLog, error: unknown): undefined {
  const correlationId = sendError(res, 401, 'Unauthorized', 'Authentication failed.');
  log(`[api/messages] authentication refused (correlation ${correlationId})`, error);
  return undefined;
}

/** As botbuilder's own HTTP entry answers: the invoke's (or expectReplies') status and body, else 200. */
function sendAnswer(res: Response, answer: InvokeResponse | undefined): void {
  res.status(answer?.status ?? 200);
  if (answer?.body) res.send(answer.body);
  res.end();
}
