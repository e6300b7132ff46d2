import { sqliteFile, sqliteMemory } from './backends';
import { describeMigrationContract } from './migrations-contract';

describeMigrationContract('SQLite file', () => sqliteFile('migrations'));
describeMigrationContract('SQLite in memory', () => sqliteMemory());
