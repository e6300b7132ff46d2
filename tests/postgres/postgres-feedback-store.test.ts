import { PostgresFeedbackStore } from '../../storage/postgres-feedback-store';
import { describeFeedbackContract } from '../storage/feedback-contract';
import { dropSchemas, TEST_DATABASE_URL, uniqueSchema } from './test-database';

const schemas: string[] = [];

// One schema per test: each test starts from an empty feedback table.
describeFeedbackContract(
  'PostgresFeedbackStore',
  async () => {
    const schema = uniqueSchema('feedback');
    schemas.push(schema);
    return PostgresFeedbackStore.open({ connectionString: TEST_DATABASE_URL, schema });
  },
  () => dropSchemas(schemas),
);
