import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDatabase } from '../../storage/database/sqlite-database';
import { openStorageOn } from '../../storage/open';
import { describeRetentionContract } from './retention-contract';

let dir = '';
let file = '';
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'faq-sante-bot-retention-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeRetentionContract('SQLite file', async (options = {}) => {
  if (!options.reopen) file = join(dir, `${Math.random().toString(36).slice(2)}.sqlite`);
  return openStorageOn(SqliteDatabase.open(file), options);
});
