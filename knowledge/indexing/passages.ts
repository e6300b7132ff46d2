import { markdownBlocks } from '../entry/plain-text';

/** About the length of a paragraph that says one thing: a list and its lead-in, two or three sentences. */
export const PASSAGE_WORDS = 40;

const wordCount = (text: string): number => text.split(/\s+/u).filter((word) => word !== '').length;

/** A long paragraph's sentences, so that it can be cut between them. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;:])\s+(?=\p{Lu}|\d|«|")/u).filter((sentence) => sentence !== '');
}

/**
 * An answer cut into passages of about `PASSAGE_WORDS` words: its paragraphs and list items in order, consecutive
 * ones joined while they stay under that length, a longer paragraph cut between sentences. A long answer covering
 * several points is then also matched by the point a question is about, rather than only by the whole, where that
 * point's words are diluted by the others.
 */
export function passagesOf(markdown: string, words = PASSAGE_WORDS): string[] {
  const pieces = markdownBlocks(markdown).flatMap((block) => (wordCount(block.text) > words ? sentences(block.text) : [block.text]));
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
