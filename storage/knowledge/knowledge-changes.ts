import type { KnowledgeEdit } from '../../knowledge/edit/edits';
import { createTable, type Migration } from '../database/migrations';
import { decodeRow } from '../database/rows';
import type { SqlDatabase } from '../database/sql-database';
import { defaultNow, defineTable, identity, json, oneOf, text, timestamp } from '../database/table';

/** Where an accepted change was written: the knowledge folder's YAML files, or this table (the overlay). */
export const CHANGE_TARGETS = ['folder', 'overlay'] as const;
export type ChangeTarget = (typeof CHANGE_TARGETS)[number];

/** One accepted change of the knowledge. Its number is the knowledge version it made. */
export interface KnowledgeChange {
  version: number;
  target: ChangeTarget;
  entryId: string;
  edit: KnowledgeEdit;
  author: string;
  at: Date;
}

export const KNOWLEDGE_CHANGES_TABLE = defineTable<KnowledgeChange>(
  'knowledge_changes',
  {
    version: identity('version'),
    target: oneOf('target', CHANGE_TARGETS),
    entryId: text('entry_id'),
    edit: json<KnowledgeEdit>('edit'),
    author: text('author'),
    at: defaultNow(timestamp('created_at')),
  },
  [{ name: 'knowledge_changes_target', fields: ['target', 'version'] }],
);

export const KNOWLEDGE_CHANGES_COMPONENT = 'knowledge_changes';
export const KNOWLEDGE_CHANGES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'the log of accepted knowledge changes (the overlay of a read-only folder, the version every instance polls)',
    statements: (target) => createTable(target, KNOWLEDGE_CHANGES_TABLE),
  },
];

/**
 * The store's log of accepted knowledge changes, shared by every instance on the database: each row's number is the
 * knowledge version it made (the highest is the version to serve), and the rows written to the overlay are replayed,
 * in order, over the folder at every load.
 */
export class KnowledgeChangeLog {
  private constructor(private readonly database: SqlDatabase) {}

  static async open(database: SqlDatabase): Promise<KnowledgeChangeLog> {
    await database.migrate(KNOWLEDGE_CHANGES_COMPONENT, KNOWLEDGE_CHANGES_MIGRATIONS);
    return new KnowledgeChangeLog(database);
  }

  private get table(): string {
    return this.database.table(KNOWLEDGE_CHANGES_TABLE.name);
  }

  /** Records a change; resolves with the version it made. */
  async append(change: Omit<KnowledgeChange, 'version' | 'at'>): Promise<number> {
    const { dialect } = this.database;
    const { columns } = KNOWLEDGE_CHANGES_TABLE;
    const sql = `INSERT INTO ${this.table} (target, entry_id, edit, author) VALUES (?, ?, ?, ?) RETURNING version`;
    const values = [change.target, change.entryId, dialect.encode(columns.edit, change.edit), change.author];
    const [row] = await this.database.query<{ version: number | string }>(sql, values);
    return Number(row?.version);
  }

  /** The version of the latest change (0 when there is none): what every instance polls. */
  async latestVersion(): Promise<number> {
    const [row] = await this.database.query<{ latest: number | string | null }>(`SELECT MAX(version) AS latest FROM ${this.table}`);
    return Number(row?.latest ?? 0);
  }

  /** The changes written to the overlay, oldest first. */
  async overlay(): Promise<KnowledgeChange[]> {
    const rows = await this.database.query<Record<string, unknown>>(`SELECT * FROM ${this.table} WHERE target = ? ORDER BY version`, ['overlay']);
    return rows.map((row) => decodeRow(this.database.dialect, KNOWLEDGE_CHANGES_TABLE, row));
  }

  /** The latest changes, newest first (the admin page's history). */
  async recent(limit = 50): Promise<KnowledgeChange[]> {
    const rows = await this.database.query<Record<string, unknown>>(`SELECT * FROM ${this.table} ORDER BY version DESC LIMIT ?`, [limit]);
    return rows.map((row) => decodeRow(this.database.dialect, KNOWLEDGE_CHANGES_TABLE, row));
  }
}
