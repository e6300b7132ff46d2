import { SqlFeedbackStore } from '../../storage/feedback/sql-feedback-store';
import { sqliteMemory, storeOn } from './backends';
import { describeFeedbackContract } from './feedback-contract';

// A fresh in-memory database per test: each starts from an empty feedback table.
describeFeedbackContract(
  'SqlFeedbackStore on SQLite',
  async () => {
    const backend = sqliteMemory();
    const opened = await storeOn(backend, (database) => SqlFeedbackStore.open(database))();
    return { store: opened.store, close: backend.cleanup };
  },
  async () => undefined,
);
