import { createHmac, randomBytes } from 'node:crypto';
import { createTable, type Migration } from '../database/migrations';
import type { SqlDatabase } from '../database/sql-database';
import { defaultNow, defineTable, primaryKey, text, timestamp } from '../database/table';

/** A user as a channel knows them: Teams' `29:…` id, the web chat's `dl_…` id, the console's. */
export interface UserIdentity {
  channelId: string;
  userId: string;
}

/** Keys the storage keeps for itself: today only the user-reference key, when USER_REF_KEY is not set. */
export const STORAGE_KEYS_TABLE = defineTable<{ name: string; value: string; createdAt: Date }>('storage_keys', {
  name: primaryKey(text('name')),
  value: text('value'),
  createdAt: defaultNow(timestamp('created_at')),
});
export const STORAGE_KEYS_COMPONENT = 'storage_keys';
export const STORAGE_KEYS_MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'keys of the storage', statements: (target) => createTable(target, STORAGE_KEYS_TABLE) },
];

const USER_REF_KEY_NAME = 'user_ref_key';

/**
 * The keyed hash (HMAC-SHA256) that stands for a user in stored rows: feedback and state say whose they are without
 * keeping the user's id, and an erasure request finds them again from the id. Without the key, a reference cannot
 * be tied to anyone; with the key and a candidate id, it can (which is what erasure needs).
 */
export class UserRefs {
  private constructor(
    private readonly current: string,
    /** Keys used before (the stored one, after USER_REF_KEY was set): erasure still finds their rows. */
    private readonly earlier: readonly string[],
    /** Whether the key is USER_REF_KEY (true) or the one kept in the database. */
    readonly configured: boolean,
  ) {}

  /** From a key given directly (tests, tools). */
  static withKey(key: string): UserRefs {
    return new UserRefs(key, [], true);
  }

  /**
   * USER_REF_KEY when set; else the key kept in the database, created once (every instance sharing the database
   * reads the same one, and it survives restarts).
   */
  static async open(database: SqlDatabase, configuredKey?: string): Promise<UserRefs> {
    await database.migrate(STORAGE_KEYS_COMPONENT, STORAGE_KEYS_MIGRATIONS);
    const table = database.table(STORAGE_KEYS_TABLE.name);
    const read = async () =>
      (await database.query<{ value: string }>(`SELECT value FROM ${table} WHERE name = ?`, [USER_REF_KEY_NAME]))[0]
        ?.value;
    const stored = await read();
    if (configuredKey) return new UserRefs(configuredKey, stored && stored !== configuredKey ? [stored] : [], true);
    if (stored) return new UserRefs(stored, [], false);
    const created = randomBytes(32).toString('base64url');
    const insert = `INSERT INTO ${table} (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`;
    await database.execute(insert, [USER_REF_KEY_NAME, created]);
    // Another instance may have created it first: its key is the one.
    return new UserRefs((await read()) ?? created, [], false);
  }

  /** The reference written into new rows. */
  of(identity: UserIdentity): string {
    return hash(this.current, identity);
  }

  /** The user's references under every key this database may hold rows of. */
  every(identity: UserIdentity): string[] {
    return [this.current, ...this.earlier].map((key) => hash(key, identity));
  }
}

function hash(key: string, { channelId, userId }: UserIdentity): string {
  return createHmac('sha256', key).update(JSON.stringify([channelId, userId])).digest('hex');
}
