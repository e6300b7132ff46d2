import type { SqlDatabase } from '../database/sql-database';
import { KnowledgeChangeLog } from './knowledge-changes';
import type { KnowledgeEditor } from './knowledge-editor';
import { LiveKnowledgeEditor } from './live-editor';

export { KnowledgeChangeLog, type KnowledgeChange } from './knowledge-changes';
export type { KnowledgeEditor } from './knowledge-editor';
export { LiveKnowledgeEditor } from './live-editor';

export interface LiveKnowledgeOptions {
  /** The knowledge folder (KNOWLEDGE_DIR). */
  dir: string;
  /** KNOWLEDGE_READ_ONLY. */
  readOnly?: boolean;
  /** KNOWLEDGE_POLL_SECONDS: how often the store's version is checked for other instances' changes; 0 never. */
  pollSeconds?: number;
  log?: (message: string) => void;
}

export interface OpenedKnowledge {
  editor: KnowledgeEditor;
  /** Stops the polling. */
  close(): Promise<void>;
}

/**
 * The knowledge a running bot serves (folder + the store's overlay), its editor, and the poll that loads the changes
 * other instances make (`editor.refresh()` every few seconds; a failed poll is logged and tried again later).
 */
export async function openLiveKnowledge(database: SqlDatabase, options: LiveKnowledgeOptions): Promise<OpenedKnowledge> {
  const log = options.log ?? ((message: string) => console.warn(message));
  const editor = await LiveKnowledgeEditor.open({ dir: options.dir, readOnly: options.readOnly, changes: await KnowledgeChangeLog.open(database), log });
  const seconds = options.pollSeconds ?? 5;
  const timer = seconds > 0 ? setInterval(() => void editor.refresh().catch((error: unknown) => log(`[knowledge] poll failed: ${(error as Error).message}`)), seconds * 1000) : undefined;
  timer?.unref();
  return {
    editor,
    close: async () => {
      if (timer !== undefined) clearInterval(timer);
    },
  };
}
