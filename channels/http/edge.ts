import { plugins, type RequestHandler, type Server } from 'restify';
import { isLocalMode, type Config } from '../../config/config';
import { botEndpoint, type BotEndpointDeps } from './bot-endpoint';
import { onlyJsonBodies } from './content-type';
import { ConversationRateLimit } from './conversation-rate-limit';
import { mapRestifyErrors, type HttpLog } from './errors';
import { securityHeaders } from './security-headers';
import { localServiceUrlPolicy } from './service-url';
import { limitSlowClients } from './timeouts';

export type EdgeConfig = Pick<
  Config,
  | 'appId'
  | 'publicUrl'
  | 'maxBodyBytes'
  | 'headersTimeoutSeconds'
  | 'requestTimeoutSeconds'
  | 'messagesPerMinute'
  | 'localServiceUrls'
>;

/**
 * What stands between the network and every route: security headers on every answer, 415 for any body that is not
 * JSON (before anything reads it), short timeouts for slow clients, and error answers without internal details.
 */
export function hardenServer(server: Server, config: EdgeConfig, log: HttpLog): void {
  server.pre(securityHeaders(config.publicUrl));
  server.pre(onlyJsonBodies());
  mapRestifyErrors(server, log);
  limitSlowClients(server.server, {
    headersSeconds: config.headersTimeoutSeconds,
    requestSeconds: config.requestTimeoutSeconds,
  });
}

/**
 * The handlers of `POST /api/messages`: restify's JSON parser alone (never its multipart one), size-limited, then
 * the bot endpoint, with the local-mode guards when no app id is configured.
 */
export function botRoute(
  config: EdgeConfig,
  deps: Omit<BotEndpointDeps, 'local'>,
  now: () => number = Date.now,
): RequestHandler[] {
  const local = isLocalMode(config)
    ? {
        serviceUrls: localServiceUrlPolicy(config.localServiceUrls),
        rateLimit: new ConversationRateLimit(config.messagesPerMinute, now),
      }
    : undefined;
  return [
    plugins.bodyReader({ maxBodySize: config.maxBodyBytes }),
    // `bodyReader: true`: the reader is the one above, with its size limit.
    ...plugins.jsonBodyParser({ mapParams: false, bodyReader: true }),
    botEndpoint({ ...deps, local }),
  ];
}
