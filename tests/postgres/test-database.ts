import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { PostgresDatabase } from '../../storage/database/postgres-database';
import type { Backend } from '../storage/backends';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema name no other run uses, so parallel runs on one server do not collide. */
export function uniqueSchema(label: string): string {
  return `test_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchemas(schemas: string[]): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    for (const schema of schemas) {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  } finally {
    await client.end();
  }
}

/** A schema of its own on the test server; each connection is a pool of its own, as another bot process has. */
export function postgresSchema(label: string): Backend<PostgresDatabase> {
  const schema = uniqueSchema(label);
  return {
    name: 'PostgreSQL',
    connect: async () => {
      const database = await PostgresDatabase.open({ connectionString: TEST_DATABASE_URL, schema });
      return { database, close: () => database.close() };
    },
    cleanup: () => dropSchemas([schema]),
  };
}
