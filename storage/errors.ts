/** Errors raised by the storage layer. Each names the key, table or field at fault. */

/** A conditional write found a different eTag than the one the writer read: someone else wrote first. */
export class StorageConflictError extends Error {
  override readonly name = 'StorageConflictError';

  /** @param expectedETag the version the writer read, or null when it expected nothing stored yet. */
  constructor(
    readonly key: string,
    readonly expectedETag: string | null,
  ) {
    super(
      expectedETag === null
        ? `[Storage] conflict on "${key}": expected nothing stored yet but another writer created it`
        : `[Storage] eTag conflict on "${key}": expected eTag "${expectedETag}" but the stored item has changed`,
    );
  }
}

/** The storage was misused (bad key list, bad item) or the database refused an operation. */
export class StorageError extends Error {
  override readonly name = 'StorageError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(`[Storage] ${message}`, options);
  }
}

/** A feedback record does not satisfy the store's rules (unknown reason, reason without "not helpful"...). */
export class FeedbackValidationError extends Error {
  override readonly name = 'FeedbackValidationError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`[FeedbackStore] ${field}: ${message}`);
  }
}

export function isStorageConflict(error: unknown): error is StorageConflictError {
  return error instanceof StorageConflictError;
}
