import { addColumns, addIndexes, createTable, type Migration } from '../database/migrations';
import { addedIn, defaultNow, defineTable, json, nullable, primaryKey, text, timestamp } from '../database/table';
import type { Document } from './document-store';

interface DocumentRow {
  key: string;
  eTag: string;
  document: Document;
  updatedAt: Date;
  /** Keyed hash of whose turn wrote it last (`DocumentWrite.owner`), for erasure. */
  userRef: string | null;
}

/** The table kept the name botbuilder-era versions of the bot gave it, so their state is found again. */
export const DOCUMENTS_TABLE = defineTable<DocumentRow>(
  'bot_state',
  {
    key: primaryKey(text('key')),
    eTag: text('etag'),
    document: json<Document>('document'),
    updatedAt: defaultNow(timestamp('updated_at')),
    userRef: addedIn(2, nullable(text('user_ref'))),
  },
  [
    { name: 'bot_state_user_ref', fields: ['userRef'], since: 2 },
    { name: 'bot_state_updated_at', fields: ['updatedAt'], since: 2 },
  ],
);

export const DOCUMENTS_COMPONENT = 'bot_state';

export const DOCUMENTS_MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'state documents', statements: (target) => createTable(target, DOCUMENTS_TABLE) },
  {
    version: 2,
    description: 'whose state (a keyed hash of channel and user id), and the index retention reads',
    statements: (target) => [...addColumns(target, DOCUMENTS_TABLE, 2), ...addIndexes(target, DOCUMENTS_TABLE, 2)],
  },
];
