import { join } from 'node:path';

export const FIXTURES = join(__dirname, 'fixtures');
export const SMALL_KB = join(FIXTURES, 'kb-small');
/** Entries in one language, without a question, a source or a date, and twins as one entry. */
export const ONE_LANGUAGE_KB = join(FIXTURES, 'kb-one-language');

export function badKb(kind: string): string {
  return join(FIXTURES, 'bad', kind);
}
