import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { assembleBot } from '../../../channels/assemble';
import { loadConfig } from '../../../config/config';
import { openLiveKnowledge, type OpenedKnowledge, type OpenedStorage } from '../../../storage';
import { FIXTURE_KNOWLEDGE } from '../../dialogs/harness';

/** A copy of the conversation tests' knowledge folder, to edit; `remove()` deletes it. */
export function knowledgeCopy(): { dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'faq-kb-'));
  const dir = join(root, 'knowledge');
  cpSync(FIXTURE_KNOWLEDGE, dir, { recursive: true });
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

let counter = 0;

/** The real bot (as index.ts wires it) serving the live knowledge of `dir` on `storage`, asked one question per conversation. */
export async function liveBot(storage: OpenedStorage, dir: string, options: { readOnly?: boolean; pollSeconds?: number } = {}) {
  const live: OpenedKnowledge = await openLiveKnowledge(storage.database, { dir, pollSeconds: 0, log: () => undefined, ...options });
  const { botTurn } = assembleBot(loadConfig({ BOT_LOCAL_MODE: 'true' }), live.editor.knowledge, storage, { errorLog: () => undefined });
  /** Everything the bot replies to `text` typed first thing in a new French conversation. */
  const ask = async (text: string): Promise<string> => {
    const id = `live-${process.pid}-${++counter}`;
    const base: Partial<Activity> = { channelId: 'test', conversation: { id } as Activity['conversation'], from: { id: `u-${id}`, name: 'User' }, recipient: { id: 'bot', name: 'Bot' }, locale: 'fr-FR' };
    const replies = await botTurn({ ...base, type: 'message', text });
    return replies.map((reply) => `${reply.text ?? ''} ${JSON.stringify(reply.attachments ?? [])}`).join('\n');
  };
  return { ...live, ask };
}
