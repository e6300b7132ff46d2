import type { SqlDatabase } from '../../storage/database/sql-database';
import { addColumns, createTable, type Migration } from '../../storage/database/migrations';
import { addedIn, defineTable, identity, nullable, text } from '../../storage/database/table';
import { StorageError } from '../../storage/errors';
import type { Backend } from './backends';

const ITEMS = defineTable<{ id: number; name: string; note: string | null }>('migration_items', {
  id: identity('id'),
  name: text('name'),
  note: addedIn(2, nullable(text('note'))),
});

/** Migrations of the test component; `applied` counts each one's runs. */
function itemMigrations(applied: number[] = []): Migration[] {
  return [
    {
      version: 1,
      description: 'items',
      statements: (target) => (applied.push(1), createTable(target, ITEMS, 1)),
    },
    {
      version: 2,
      description: 'a note on each item',
      statements: (target) => (applied.push(2), addColumns(target, ITEMS, 2)),
    },
  ];
}

async function versionOf(database: SqlDatabase, component: string): Promise<number | undefined> {
  const rows = await database.query<{ version: number }>(
    `SELECT version FROM ${database.table('schema_version')} WHERE component = ?`,
    [component],
  );
  return rows[0]?.version;
}

/**
 * How every database applies migrations (SQLite and PostgreSQL alike). `backend` gives a fresh, empty database for
 * each test; its connections share it.
 */
export function describeMigrationContract(name: string, backend: () => Backend): void {
  describe(`${name} (migrations)`, () => {
    let current: Backend;
    const connections: Array<{ close(): Promise<void> }> = [];
    const connect = async (): Promise<SqlDatabase> => {
      const connection = await current.connect();
      connections.push(connection);
      return connection.database;
    };
    beforeEach(() => {
      current = backend();
    });
    afterEach(async () => {
      await Promise.all(connections.splice(0).map((connection) => connection.close()));
      await current.cleanup();
    });

    it('applies each migration once, in order, and records the version reached', async () => {
      const database = await connect();
      const applied: number[] = [];
      await database.migrate('items', itemMigrations(applied).slice(0, 1));
      await database.execute(`INSERT INTO ${database.table('migration_items')} (name) VALUES (?)`, ['before']);
      await database.migrate('items', itemMigrations(applied));
      await database.migrate('items', itemMigrations(applied));
      expect(applied).toEqual([1, 2]);
      await expect(versionOf(database, 'items')).resolves.toBe(2);
      const insert = `INSERT INTO ${database.table('migration_items')} (name, note) VALUES (?, ?)`;
      await database.execute(insert, ['after', 'n']);
      const rows = await database.query(`SELECT name, note FROM ${database.table('migration_items')} ORDER BY id`);
      expect(rows).toEqual([
        { name: 'before', note: null },
        { name: 'after', note: 'n' },
      ]);
    });

    it('keeps one version per component', async () => {
      const database = await connect();
      await database.migrate('items', itemMigrations());
      await database.migrate('other', [{ version: 1, description: 'nothing', statements: () => [] }]);
      await expect(versionOf(database, 'items')).resolves.toBe(2);
      await expect(versionOf(database, 'other')).resolves.toBe(1);
    });

    it('migrates once when two processes open the database together', async () => {
      const [first, second] = [await connect(), await connect()];
      const applied: number[] = [];
      await Promise.all([first, second].map((database) => database.migrate('items', itemMigrations(applied))));
      expect(applied).toEqual([1, 2]);
    });

    it('rolls a failing migration back whole, and applies it once fixed', async () => {
      const database = await connect();
      await database.migrate('items', itemMigrations().slice(0, 1));
      const broken: Migration = {
        version: 2,
        description: 'broken',
        statements: (target) => [...addColumns(target, ITEMS, 2), 'THIS IS NOT SQL'],
      };
      // Matched by message: better-sqlite3 builds its errors in the realm of the first test file that loaded it.
      await expect(database.migrate('items', [itemMigrations()[0], broken])).rejects.toMatchObject({
        message: expect.stringContaining('syntax error'),
      });
      await expect(versionOf(database, 'items')).resolves.toBe(1);
      await database.migrate('items', itemMigrations());
      await expect(versionOf(database, 'items')).resolves.toBe(2);
    });

    it('refuses a database a newer bot migrated further, and a list not numbered 1, 2, 3…', async () => {
      const database = await connect();
      await database.migrate('items', itemMigrations());
      await expect(database.migrate('items', itemMigrations().slice(0, 1))).rejects.toThrow(
        new StorageError(
          'the "items" tables are at schema version 2, newer than this bot knows (1): run the newer version of the bot',
        ),
      );
      await expect(database.migrate('skipping', itemMigrations().slice(1))).rejects.toThrow('numbered 1, 2, 3');
    });
  });
}
