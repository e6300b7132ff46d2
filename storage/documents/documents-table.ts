import { createTable, type Migration } from '../database/migrations';
import { defaultNow, defineTable, json, primaryKey, text, timestamp } from '../database/table';
import type { Document } from './document-store';

/** The table kept the name botbuilder-era versions of the bot gave it, so their state is found again. */
export const DOCUMENTS_TABLE = defineTable<{ key: string; eTag: string; document: Document; updatedAt: Date }>(
  'bot_state',
  {
    key: primaryKey(text('key')),
    eTag: text('etag'),
    document: json<Document>('document'),
    updatedAt: defaultNow(timestamp('updated_at')),
  },
);

export const DOCUMENTS_COMPONENT = 'bot_state';

export const DOCUMENTS_MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'state documents', statements: (target) => createTable(target, DOCUMENTS_TABLE) },
];
