import { createServer, type Server, type Socket } from 'node:net';
import { isUnreachable } from '../../storage/database/availability';
import { PostgresDatabase } from '../../storage/database/postgres-database';
import { isStorageUnavailable, StorageError, StorageUnavailableError } from '../../storage/errors';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('which database errors mean "unavailable"', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED')],
    ['connection reset', withCode('ECONNRESET')],
    ['PostgreSQL shutting down', withCode('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL starting up', withCode('57P03', 'the database system is starting up')],
    ['statement_timeout', withCode('57014', 'canceling statement due to statement timeout')],
    ['lock_timeout', withCode('55P03', 'canceling statement due to lock timeout')],
    ['a connection exception', withCode('08006')],
    ['the pool waiting too long', new Error('timeout exceeded when trying to connect')],
    ['a server that stopped answering', new Error('Query read timeout')],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['SQLite busy', withCode('SQLITE_BUSY')],
    ['SQLite disk full', withCode('SQLITE_FULL')],
    ['SQLite I/O error', withCode('SQLITE_IOERR_WRITE')],
  ])('%s is', (_label, error) => {
    expect(isUnreachable(error)).toBe(true);
  });

  it.each([
    ['a syntax error', withCode('42601', 'syntax error')],
    ['a unique violation', withCode('23505', 'duplicate key')],
    ['a SQLite constraint', withCode('SQLITE_CONSTRAINT_CHECK')],
    ['a bug', new TypeError('x is not a function')],
    ['a storage misuse', new StorageError('bad key')],
  ])('%s is not', (_label, error) => {
    expect(isUnreachable(error)).toBe(false);
  });

  it('is recognised when another error wraps it', () => {
    const unavailable = new StorageUnavailableError('reading', { cause: withCode('ECONNREFUSED') });
    expect(isStorageUnavailable(new Error('turn failed', { cause: unavailable }))).toBe(true);
    expect(isStorageUnavailable(new Error('turn failed'))).toBe(false);
  });
});

/** A server that accepts connections and never says a word: what a frozen (SIGSTOPped) PostgreSQL looks like. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('PostgreSQL that cannot be reached', () => {
  const limits = { connectTimeoutMs: 300, statementTimeoutMs: 300, lockTimeoutMs: 100 };

  it('gives up on a server that accepts and never answers after the connect timeout', async () => {
    const silent = await silentServer();
    const started = Date.now();
    try {
      const opening = PostgresDatabase.open({ connectionString: `postgres://u@127.0.0.1:${silent.port}/db`, limits });
      await expect(opening).rejects.toBeInstanceOf(StorageUnavailableError);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await silent.close();
    }
  });

  it('reports a refused connection as unavailable, without waiting', async () => {
    const silent = await silentServer();
    const { port } = silent;
    await silent.close();
    const opening = PostgresDatabase.open({ connectionString: `postgres://u@127.0.0.1:${port}/db`, limits });
    await expect(opening).rejects.toThrow(/unavailable.*ECONNREFUSED/);
  });
});
