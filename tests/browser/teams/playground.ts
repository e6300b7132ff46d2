import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../../../config/paths';
import { startTeamsBotServer, type TeamsBotServer } from '../../channels/teams/teams-bot-server';
import { startTeamsClientShim, type TeamsClientShim } from './teams-client-shim';

/*
 * Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground` 0.2.28, formerly Teams App Test Tool) as a
 * Teams client for the browser tests. What was learnt driving it in headless Chromium:
 *
 * Process
 * - `cli.js -e <endpoint> -c msteams --dt -p 0` listens on a free port and prints `Listening on <port>`. It waits
 *   for the bot's endpoint to answer before it serves anything, so the bot starts first.
 * - It writes a log to `./devTools/m365agentsplayground.log` and reads `./.m365agentsplayground.yml` (users, team,
 *   channels; no locale setting): run it in a temporary directory. `TEAMSAPPTESTER_BROWSER=none` stops it opening a
 *   browser; `--dt` turns its telemetry off.
 *
 * Activities it sends (channelId `msteams`, serviceUrl `http://localhost:<port>/_connector`, its own mock connector)
 * - When the page opens the personal chat: `installationUpdate` (action `add`), then `conversationUpdate` with
 *   `membersAdded` = [the user, the bot] (conversationType `personal`). Opening "Group Chat" or a team channel sends
 *   the same pair with conversationType `groupChat` / `channel` and `membersAdded` = [the bot].
 * - `locale` is always `en-US` (hard-coded, also in the `clientInfo` entity): see `teams-client-shim.ts`.
 * - In group chats and channels, a message reaches the bot only with a mention: type `@Te`, click the bot in the
 *   picker. The text is then `<at>Test Bot</at> …` with a `mention` entity for the bot (recipient id
 *   `00000000-0000-0000-0000-00000000000011`, name "Test Bot").
 * - A suggested action click posts its `title`, not its `value` (Teams posts the value). Only `imBack` ones render.
 * - Adaptive Card `Action.Submit`: data without `msteams` is posted as a message with `value` = data and no text;
 *   string data arrives as `value: {}`; data with `msteams` (imBack, messageBack, invoke) is silently dropped.
 * - Thumbs (`channelData.feedbackLoopEnabled: true` on a bot message) render as Like / Dislike buttons; a click
 *   opens a dialog (textbox + Submit), then sends `invoke` `message/submitAction` with
 *   `value: { actionName: 'feedback', actionValue: { reaction: 'like' | 'dislike', feedback: '<the text>' } }`:
 *   the text is plain, not Teams' JSON `{"feedbackText": …}`, and there is no `replyToId`.
 *
 * Rendering (class names are hashed, so the page object uses roles, aria-labels and the stable fluent-ai classes)
 * - Compose box: a Lexical editor, `[data-lexical-editor="true"]`: click it, type, press Enter.
 * - Each bot message body is a `.fai-OutputCard` (markdown rendered: bold, lists, links); cards are rendered inside
 *   it by the Adaptive Cards renderer (`.ac-adaptiveCard`, buttons with role button and the action title as name).
 * - Suggested actions: buttons below the last message, removed by the next message; more than three are all shown.
 * - Feedback: `.fai-FeedbackButtons` after the message, buttons named "Like" and "Dislike".
 */

const CLI = projectPath('node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;

export interface Playground {
  /** The Teams-like web client, e.g. http://localhost:41234 */
  url: string;
  stop(): Promise<void>;
}

/** Starts Agents Playground as a Teams client of `endpoint`, on a free port. */
export async function startPlayground(endpoint: string): Promise<Playground> {
  const workDir = mkdtempSync(join(tmpdir(), 'faq-playground-'));
  const child = spawn(process.execPath, [CLI, '-e', endpoint, '-c', 'msteams', '--dt', '-p', '0'], {
    cwd: workDir,
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, 'playground.log'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    await stopProcess(child);
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const port = await listeningPort(child);
    return { url: `http://localhost:${port}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (reason: string) => {
      clearTimeout(timer);
      reject(new Error(`[playground] ${reason}. Output:\n${output}`));
    };
    const timer = setTimeout(() => fail(`not listening after ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const port = /Listening on (\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(Number(port));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(`exited with code ${String(code)}`));
  });
}

/** SIGTERM, then SIGKILL if it lingers; resolves once the process is gone. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface TeamsStack {
  bot: TeamsBotServer;
  shim: TeamsClientShim;
  playground: Playground;
  close(): Promise<void>;
}

/**
 * The real bot (in-memory storage, free port), the client shim with the Teams client's locale, and the Playground
 * pointing at the shim. `close` stops them in reverse order, each even if another fails.
 */
export async function startTeamsStack(options: { locale?: string; knowledgeDir?: string } = {}): Promise<TeamsStack> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    const errors: unknown[] = [];
    for (const closeOne of [...closers].reverse()) {
      await closeOne().catch((error: unknown) => errors.push(error));
    }
    if (errors.length > 0) throw errors[0];
  };
  try {
    // The bot posts its replies to the shim, so the shim's origin must be the bot's local channel.
    let botEndpoint = '';
    const shim = await startTeamsClientShim({ botEndpoint: () => botEndpoint, locale: options.locale ?? 'fr-FR' });
    closers.push(() => shim.close());
    const bot = await startTeamsBotServer({
      knowledgeDir: options.knowledgeDir,
      localServiceUrls: [new URL(shim.endpoint).origin],
    });
    closers.unshift(() => bot.close());
    botEndpoint = bot.endpoint;
    const playground = await startPlayground(shim.endpoint);
    closers.push(() => playground.stop());
    return { bot, shim, playground, close };
  } catch (error) {
    await close();
    throw error;
  }
}
