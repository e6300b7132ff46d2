/**
 * Lower case without accents, character for character (the result has the text's length, so an index found in it
 * is an index in the text): context words and health terms are matched on it whatever the user's accents.
 */
const cache = new Map<string, string>();

function foldChar(char: string): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    const base = char.normalize('NFD').charAt(0).toLowerCase();
    folded = base.length === 1 ? base : char;
    if (char === '’' || char === '‘') folded = "'";
    cache.set(char, folded);
  }
  return folded;
}

export function fold(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) out += foldChar(text.charAt(index));
  return out;
}

/** The text of the sentence (or clause) that ends at `end`: what context words may refer to. */
export function clauseBefore(text: string, end: number, maxLength = 80): string {
  const start = Math.max(0, end - maxLength);
  const window = text.slice(start, end);
  const boundary = Math.max(...['. ', '? ', '! ', '; ', '\n'].map((mark) => window.lastIndexOf(mark)));
  return boundary === -1 ? window : window.slice(boundary + 1);
}
