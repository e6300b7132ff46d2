import { createTable, type Migration } from '../database/migrations';
import { decodeRow, insertStatement, insertValues } from '../database/rows';
import type { SqlDatabase } from '../database/sql-database';
import { defaultNow, defineTable, identity, json, nullable, text, timestamp } from '../database/table';

/** One change made from the admin page: who, when, what, on what, with the details needed to understand it. */
export interface AuditRecord {
  id: number;
  at: Date;
  /** The account, as its login method names it (e-mail, user name). */
  actor: string;
  /** e.g. `inbox.alternate`, `inbox.entry`, `inbox.dismiss`, `suggestion.accept`, `login`. */
  action: string;
  /** What it applied to: an entry id, a group key… */
  target: string | null;
  details: Record<string, unknown> | null;
}

export type NewAuditRecord = Omit<AuditRecord, 'id' | 'at'>;

export const AUDIT_TABLE = defineTable<AuditRecord>(
  'admin_audit',
  {
    id: identity('id'),
    at: defaultNow(timestamp('created_at')),
    actor: text('actor'),
    action: text('action'),
    target: nullable(text('target')),
    details: nullable(json<Record<string, unknown>>('details')),
  },
  [{ name: 'admin_audit_action', fields: ['action'] }],
);

const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'the admin audit log', statements: (target) => createTable(target, AUDIT_TABLE) },
];

const FIELDS = ['actor', 'action', 'target', 'details'] as const;

/** The audit log of the admin page, in the bot's database (SQLite or PostgreSQL). Rows are only ever added. */
export class AuditStore {
  private constructor(private readonly database: SqlDatabase) {}

  static async open(database: SqlDatabase): Promise<AuditStore> {
    await database.migrate('admin_audit', MIGRATIONS);
    return new AuditStore(database);
  }

  async record(record: NewAuditRecord): Promise<void> {
    const sql = insertStatement(this.database.table(AUDIT_TABLE.name), AUDIT_TABLE, FIELDS);
    await this.database.execute(sql, insertValues(this.database.dialect, AUDIT_TABLE, FIELDS, record));
  }

  /** The newest first; only `action` ones when given. */
  async list(options: { action?: string; limit?: number } = {}): Promise<AuditRecord[]> {
    const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? 100)), 10_000);
    const table = this.database.table(AUDIT_TABLE.name);
    const where = options.action ? 'WHERE action = ? ' : '';
    const params = options.action ? [options.action, limit] : [limit];
    const rows = await this.database.query<Record<string, unknown>>(
      `SELECT * FROM ${table} ${where}ORDER BY id DESC LIMIT ?`,
      params,
    );
    return rows.map((row) => decodeRow(this.database.dialect, AUDIT_TABLE, row));
  }
}
