/** Persistence: conversation and user state (SQLite or PostgreSQL, eTag-safe), feedback, and PII redaction. */
export {
  ConcurrencySafeConversationState,
  ConcurrencySafeState,
  ConcurrencySafeUserState,
  conversationStateKey,
  userStateKey,
  type StateKeyOf,
} from './concurrency-safe-state';
export { CREATE_ONLY_ETAG, type ConditionalStorage } from './conditional-storage';
export { FeedbackValidationError, StorageConflictError, StorageError, isStorageConflict } from './errors';
export * from './feedback-store';
export { openStorage, IN_MEMORY, SQLITE_FILE_NAME, type OpenedStorage, type StorageOptions } from './open';
export { PostgresFeedbackStore } from './postgres-feedback-store';
export { PostgresStorage } from './postgres-storage';
export type { PostgresSource } from './postgres-database';
export { PII_PLACEHOLDERS, redactPii, redactPiiDetailed, type PiiKind, type RedactionResult } from './redact';
export { openSqliteDatabase, type SqliteDatabase } from './sqlite-database';
export { SqliteFeedbackStore } from './sqlite-feedback-store';
export { SqliteStorage } from './sqlite-storage';
export { ConversationTurnQueue } from './turn-queue';
