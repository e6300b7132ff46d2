import type { Page } from 'playwright-core';
import { startBotServer, type RunningBot } from './bot-server';
import { launchChromium, type Browser } from './chromium';
import { watchPage, type PageWatch } from './page-watch';

export interface BrowserSuiteOptions {
  /** How to start the bot; default: the real bot with in-memory storage. Undefined result: no bot. */
  startBot?: () => Promise<RunningBot | undefined>;
  /** A bot per test (each test stops and starts its own), instead of one for the suite. */
  botPerTest?: boolean;
  /** Browser errors a test expects (a stopped server's refused requests…); every other one fails the test. */
  expectedErrors?: RegExp;
  /** Called with each new page before the test uses it (routes, init scripts). */
  preparePage?: (page: Page) => Promise<void>;
}

/** What the suite's hooks give each test. */
export interface BrowserSuite {
  readonly browser: Browser;
  readonly bot: RunningBot;
  readonly page: Page;
  readonly watch: PageWatch;
  /** Replaces the suite's bot (a restart): the old one is closed by whoever stopped it. */
  setBot(bot: RunningBot | undefined): void;
}

/**
 * The set-up every browser suite shares: Chromium for the suite, the bot for the suite or per test, a fresh page
 * per test watched for script errors and Content-Security-Policy violations (both fail the test), all closed after.
 */
export function browserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  const startBot = options.startBot ?? (() => startBotServer());
  let browser: Browser | undefined;
  let bot: RunningBot | undefined;
  let page: Page | undefined;
  let watch: PageWatch | undefined;
  const required = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`[browser suite] no ${name} (set up failed, or outside a test)`);
    return value;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    if (!options.botPerTest) bot = await startBot();
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });
  beforeEach(async () => {
    if (options.botPerTest) bot = await startBot();
    page = await required(browser, 'browser').context.newPage();
    watch = await watchPage(page);
    await options.preparePage?.(page);
  });
  afterEach(async () => {
    const violations = watch ? await watch.cspViolations() : [];
    const errors = (watch?.errors ?? []).filter((error) => !options.expectedErrors?.test(error));
    await page?.close();
    if (options.botPerTest) {
      await bot?.close();
      bot = undefined;
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  return {
    get browser() {
      return required(browser, 'browser');
    },
    get bot() {
      return required(bot, 'bot');
    },
    get page() {
      return required(page, 'page');
    },
    get watch() {
      return required(watch, 'page watch');
    },
    setBot(next) {
      bot = next;
    },
  };
}
