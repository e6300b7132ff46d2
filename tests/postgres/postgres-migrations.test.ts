import { describeMigrationContract } from '../storage/migrations-contract';
import { postgresSchema } from './test-database';

describeMigrationContract('PostgreSQL', () => postgresSchema('migrations'));
