import { SqlFeedbackStore } from '../../storage/feedback/sql-feedback-store';
import { storeOn } from '../storage/backends';
import { describeFeedbackContract } from '../storage/feedback-contract';
import { postgresSchema } from './test-database';

// One schema per test: each test starts from an empty feedback table.
describeFeedbackContract(
  'SqlFeedbackStore on PostgreSQL',
  async () => {
    const backend = postgresSchema('feedback');
    const opened = await storeOn(backend, (database) => SqlFeedbackStore.open(database))();
    return {
      store: opened.store,
      close: async () => {
        await opened.close();
        await backend.cleanup();
      },
    };
  },
  async () => undefined,
);
