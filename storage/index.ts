/**
 * Persistence, with no bot SDK in it: state documents with eTags, feedback (a writer for the dialogs, a reader for
 * analytics), the SQLite/PostgreSQL database layer with its migrations, and PII redaction.
 */
export type { Dialect, SqlValue } from './database/dialect';
export type { Migration, MigrationTarget } from './database/migrations';
export { PostgresDatabase, type PostgresLimits, type PostgresSource } from './database/postgres-database';
export type { SqlDatabase } from './database/sql-database';
export { openSqliteDatabase, SqliteDatabase } from './database/sqlite-database';
export type {
  Document,
  DocumentStore,
  DocumentWrite,
  StoredDocument,
  WriteCondition,
} from './documents/document-store';
export { PostgresDocumentStore } from './documents/postgres-document-store';
export { SqliteDocumentStore } from './documents/sqlite-document-store';
export {
  FeedbackValidationError,
  StorageConflictError,
  StorageError,
  StorageUnavailableError,
  isStorageConflict,
  isStorageUnavailable,
} from './errors';
export * from './feedback/feedback-store';
export * from './analytics';
export { SqlQuestionEventStore } from './analytics/sql-question-events';
export { SqlFeedbackStore } from './feedback/sql-feedback-store';
export {
  openStorage,
  openStorageOn,
  storageOptionsOf,
  IN_MEMORY,
  SQLITE_FILE_NAME,
  type OpenedStorage,
  type StorageOptions,
} from './open';
export type { ConversationRef, DataSubject, Retention, RetentionCounts } from './retention/retention';
export { dataSubject, eraseSubject, KNOWN_CHANNELS, type ErasureReport } from './retention/erase';
export { purgeExpired, retentionCutoff, PURGE_BATCH_SIZE } from './retention/purge';
export { scheduleRetention, type RetentionScheduler } from './retention/scheduler';
export { UserRefs, type UserIdentity } from './retention/user-refs';
export { PII_PLACEHOLDERS, redactPii, redactPiiDetailed, type PiiKind, type RedactionResult } from './redact';
export { KnowledgeChangeLog, LiveKnowledgeEditor, openLiveKnowledge, type KnowledgeChange, type KnowledgeEditor, type LiveKnowledgeOptions, type OpenedKnowledge } from './knowledge';
