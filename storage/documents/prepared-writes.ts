import { randomUUID } from 'node:crypto';
import { StorageError } from '../errors';
import type { UserRefs } from '../retention/user-refs';
import type { DocumentWrite, WriteCondition } from './document-store';

/** A write checked and serialised when the batch is received, so later changes to the caller's object cannot leak. */
export interface PreparedWrite {
  key: string;
  json: string;
  condition: WriteCondition;
  newETag: string;
  /** The owner's keyed hash; null keeps the stored one. */
  userRef: string | null;
}

export function assertKeys(keys: unknown, operation: 'reading' | 'writing' | 'deleting'): asserts keys is string[] {
  if (!Array.isArray(keys)) {
    throw new StorageError(`${operation} needs an array of keys, got ${typeof keys}`);
  }
  const bad = keys.find((key) => typeof key !== 'string' || key.length === 0);
  if (bad !== undefined) {
    throw new StorageError(`every key must be a non-empty string when ${operation}, got ${JSON.stringify(bad)}`);
  }
}

export function prepareWrites(writes: readonly DocumentWrite[], refs: UserRefs): PreparedWrite[] {
  if (!Array.isArray(writes)) throw new StorageError(`writing needs an array of writes, got ${typeof writes}`);
  const keys = new Set<string>();
  return writes.map((write) => {
    const prepared = prepareWrite(write, refs);
    if (keys.has(prepared.key)) throw new StorageError(`"${prepared.key}" is written twice in one batch`);
    keys.add(prepared.key);
    return prepared;
  });
}

function prepareWrite({ key, document, condition, owner }: DocumentWrite, refs: UserRefs): PreparedWrite {
  assertKeys([key], 'writing');
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new StorageError(`the document written under "${key}" must be an object`);
  }
  const valid =
    condition?.kind === 'overwrite' ||
    condition?.kind === 'create' ||
    (condition?.kind === 'update' && typeof condition.eTag === 'string' && condition.eTag !== '');
  if (!valid) throw new StorageError(`the write of "${key}" has no valid condition`);
  const userRef = owner?.channelId && owner.userId ? refs.of(owner) : null;
  return { key, json: serialize(key, document), condition, newETag: randomUUID(), userRef };
}

/** JSON of a document. NUL characters, refused by PostgreSQL's jsonb, are replaced so one cannot block a save. */
function serialize(key: string, document: object): string {
  try {
    return JSON.stringify(document, (_property, value: unknown) =>
      typeof value === 'string' && value.includes('\u0000') ? value.replace(/\u0000/g, '\uFFFD') : value,
    );
  } catch (cause) {
    throw new StorageError(`the document written under "${key}" cannot be serialised to JSON`, { cause });
  }
}
