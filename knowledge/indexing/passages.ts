import { markdownBlocks } from '../entry/plain-text';

/** About the length of a paragraph that says one thing: a list and its lead-in, two or three sentences. */
export const PASSAGE_WORDS = 40;

/** Per ASCII character: 1 for a space, 2 for what makes a text more than one plain paragraph (a line break, a markdown mark). */
const KINDS = new Uint8Array(128);
for (const char of ' \t\r') KINDS[char.charCodeAt(0)] = 1;
for (const char of '\n[]*_`>#') KINDS[char.charCodeAt(0)] = 2;

/**
 * Words as runs of characters between spaces, counted without building them (this runs for every answer indexed);
 * -1 when `plainOnly` and the text holds a line break or a markdown mark.
 */
function wordCount(text: string, plainOnly = false): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    const kind = code < 128 ? (KINDS[code] as number) : code === 0xa0 ? 1 : 0;
    if (kind === 2 && plainOnly) return -1;
    const space = kind === 1 || code === 10;
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

/** A long paragraph's sentences, so that it can be cut between them. */
function sentences(text: string): string[] {
  if (!/[.!?;:]/u.test(text)) return [text];
  return text.split(/(?<=[.!?;:])\s+(?=\p{Lu}|\d|«|")/u).filter((sentence) => sentence !== '');
}

/**
 * An answer cut into passages of about `PASSAGE_WORDS` words: its paragraphs and list items in order, consecutive
 * ones joined while they stay under that length, a longer paragraph cut between sentences. A long answer covering
 * several points is then also matched by the point a question is about, rather than only by the whole, where that
 * point's words are diluted by the others.
 */
export function passagesOf(markdown: string, words = PASSAGE_WORDS): string[] {
  // Many answers are one plain paragraph: no markdown to parse.
  const plain = wordCount(markdown, true);
  if (plain === 0) return [];
  if (plain > 0 && plain <= words) return [markdown];
  const blocks = plain > 0 ? [markdown] : markdownBlocks(markdown).map((block) => block.text);
  const pieces = blocks.flatMap((block) => (wordCount(block) > words ? sentences(block) : [block]));
  const passages: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    const size = wordCount(piece);
    if (length > 0 && length + size > words) {
      passages.push(current.join('\n'));
      current = [];
      length = 0;
    }
    current.push(piece);
    length += size;
  }
  if (current.length > 0) passages.push(current.join('\n'));
  return passages;
}
