import { PostgresDatabase } from '../../storage/database/postgres-database';
import { openStorageOn } from '../../storage/open';
import { describeAnalyticsContract } from '../storage/analytics-contract';
import { dropSchemas, TEST_DATABASE_URL, uniqueSchema } from './test-database';

// One schema per test: each starts from empty tables.
describeAnalyticsContract('question events and the report on PostgreSQL', async () => {
  const schema = uniqueSchema('analytics');
  const storage = await openStorageOn(await PostgresDatabase.open({ connectionString: TEST_DATABASE_URL, schema }));
  return {
    events: storage.events,
    feedback: storage.feedback,
    close: async () => {
      await storage.close();
      await dropSchemas([schema]);
    },
  };
});
