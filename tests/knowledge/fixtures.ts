import { join } from 'node:path';

export const FIXTURES = join(__dirname, 'fixtures');
export const SMALL_KB = join(FIXTURES, 'kb-small');

export function badKb(kind: string): string {
  return join(FIXTURES, 'bad', kind);
}
