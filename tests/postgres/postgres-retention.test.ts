import { PostgresDatabase } from '../../storage/database/postgres-database';
import { openStorageOn } from '../../storage/open';
import { describeRetentionContract } from '../storage/retention-contract';
import { dropSchemas, TEST_DATABASE_URL, uniqueSchema } from './test-database';

const schemas: string[] = [];
afterAll(() => dropSchemas(schemas));

describeRetentionContract('PostgreSQL', async (options = {}) => {
  if (!options.reopen) schemas.push(uniqueSchema('retention'));
  const schema = schemas[schemas.length - 1];
  return openStorageOn(await PostgresDatabase.open({ connectionString: TEST_DATABASE_URL, schema }), options);
});
