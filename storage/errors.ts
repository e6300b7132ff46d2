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

/**
 * The database cannot be reached or did not answer in time (refused or lost connection, time limit, lock or busy
 * timeout, a server shutting down, a full disk): nothing is wrong with the request, so the caller says so and the
 * user resends once storage is back. The driver's error is the `cause`.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';

  constructor(operation: string, options: { cause: unknown }) {
    super(`[Storage] unavailable while ${operation}: ${describeCause(options.cause)}`, options);
  }
}

function describeCause(cause: unknown): string {
  const { code, message } = (cause ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(cause);
  return typeof code === 'string' ? `${code} ${text}` : text;
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

/** True for a `StorageUnavailableError`, also when another error wraps it (as `cause`). */
export function isStorageUnavailable(error: unknown): boolean {
  let current = error;
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 5; depth += 1) {
    if (current instanceof StorageUnavailableError) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
