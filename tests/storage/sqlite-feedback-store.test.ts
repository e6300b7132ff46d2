import { SqliteFeedbackStore } from '../../storage/sqlite-feedback-store';
import { describeFeedbackContract } from './feedback-contract';

describeFeedbackContract(
  'SqliteFeedbackStore',
  async () => new SqliteFeedbackStore(':memory:'),
  async () => undefined,
);
