import { projectPath } from '../../../../config/paths';

/**
 * The page's own browser scripts, loaded in Node: each one also exports its functions when `module` exists (see
 * the end of each file). The types say what the tests use of them.
 */
function load<T>(name: string): T {
  return require(projectPath('channels', 'web', 'assets', name)) as T;
}

export interface DateFormat {
  locale: string;
  pattern: string;
  firstDay: string;
}

export interface Globalize {
  dateFormatter(options?: object): (date: Date | string) => string;
  relativeTimeFormatter(unit: string): (value: number) => string;
  plural(value: number): string;
  unitFormatter(unit: string, options?: { form?: string }): (value: number) => string;
}

export const webChatLocale = load<{
  formatDate(date: Date, format: DateFormat, timeZone?: string): string;
  createGlobalize(format: DateFormat, timeZone?: string): Globalize;
  localizedStrings(
    texts: { strings: Record<string, string>; date: DateFormat },
    timeZone?: string,
  ): (strings: Record<string, string>) => Record<string, unknown>;
  languageOf(locale: string | undefined): 'fr' | 'en' | undefined;
}>('webchat-locale.js');

export interface DirectLineOptions {
  domain: string;
  token: string;
  conversationId?: string;
  watermark?: string;
  webSocket: boolean;
}

/** As much of DirectLineJS as the page reads: what it was given, and the token and watermark it moves on to. */
export interface FakeDirectLine extends DirectLineOptions {
  domain: string;
  token: string;
}

export interface Connection {
  directLine: FakeDirectLine;
  resumed: boolean;
  /** What the earlier page saved (resumed only): `asked` is the language that page was asked for. */
  saved?: { asked?: string; lang: string; watermark?: string };
  domain: string;
  webSocket: boolean;
  lang: string;
  remember(changes?: object): void;
  forget(): void;
}

/** The tab's record of its conversation (saved-conversation.js). */
export interface TabStore {
  read(): Record<string, unknown> | undefined;
  write(value: object): void;
  forget(): void;
}

export const savedConversation = load<{
  STORAGE_KEY: string;
  tabStore(win: { sessionStorage: Storage }): TabStore;
}>('saved-conversation.js');

export interface SessionDeps {
  createDirectLine(options: DirectLineOptions): FakeDirectLine;
  fetch(url: string, init: object): Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;
  store: TabStore;
  baseUrl: string;
}

export const chatSession = load<{
  open(deps: SessionDeps, options: { tokenUrl: string; lang: string; fresh?: boolean }): Promise<Connection>;
}>('chat-session.js');

export type Action = { type: string; payload?: unknown; meta?: unknown };

export interface Chat {
  store: { dispatch(action: Action): void };
  online: boolean;
  replaced: boolean;
  tellLanguage(): void;
}

export const chatEvents = load<{
  createChat(
    webChat: { createStore(initial: object, middleware: unknown): { dispatch(action: Action): void } },
    connection: Connection,
    handlers: Record<string, (...args: never[]) => unknown>,
    env: { origin: string; languageOf(locale?: string): string | undefined; isLost(action: Action): boolean },
  ): Chat;
}>('chat-events.js');

type Polled = { services?: { ajax: (request: object) => unknown } };

export const connectionWatch = load<{
  isLost(action: Action): boolean;
  keepPolling(directLine: Polled, onGiveUp: () => void): void;
  watchHistory(directLine: Polled, savedWatermark: string, onLost: () => void): void;
}>('connection-watch.js');
