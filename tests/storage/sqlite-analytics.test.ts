import { openStorage, IN_MEMORY } from '../../storage';
import { describeAnalyticsContract } from './analytics-contract';

describeAnalyticsContract('question events and the report on SQLite', async () => {
  const storage = await openStorage({ dataDir: IN_MEMORY });
  return { events: storage.events, feedback: storage.feedback, close: () => storage.close() };
});
