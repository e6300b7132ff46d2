import { BoundedMemo } from '../text/memo';
import { markdownBlocks } from './plain-text';

/** A derived title fits a menu button or a "did you mean" choice. */
export const MAX_TITLE_LENGTH = 80;
/** A first sentence shorter than this ("Oui.", "Non, jamais.") says nothing alone: the next one joins it. */
const MIN_TITLE_WORDS = 4;
/** A title is cut at a clause (", ", " (", " : ") rather than between any two words when one ends this far in. */
const CLAUSE_AT_LEAST = 0.75;

/** Words before which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['m', 'mme', 'mmes', 'mm', 'dr', 'pr', 'cf', 'etc', 'ex', 'art', 'p', 'env', 'mr', 'mrs', 'vs', 'approx', 'no', 'n°', 'e.g', 'i.e', 'p.ex']);

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

function endsAbbreviation(text: string, dot: number): boolean {
  const word = /(\S+)$/u.exec(text.slice(0, dot))?.[1]?.toLowerCase() ?? '';
  // "M. Dupont", "J. Martin": a lone capital is an initial.
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word);
}

/** The sentences of a block of plain text, each with its final punctuation. */
function sentences(text: string): string[] {
  const found: string[] = [];
  let start = 0;
  for (const end of text.matchAll(/[.!?…]+(?=\s|$)/gu)) {
    const at = end.index ?? 0;
    if (end[0] === '.' && endsAbbreviation(text, at)) continue;
    found.push(text.slice(start, at + end[0].length).trim());
    start = at + end[0].length;
  }
  const rest = text.slice(start).trim();
  return rest === '' ? found : [...found, rest];
}

/** Words of one to three lower-case letters do not end a cut title well ("…la nature des"). */
function withoutDanglingWords(text: string): string {
  let result = text.replace(/[\s,;:(–—-]+$/u, '');
  for (let round = 0; round < 3 && /\s[\p{Ll}’']{1,3}$/u.test(result); round += 1) {
    result = result.replace(/\s[\p{Ll}’']{1,3}$/u, '').replace(/[\s,;:(–—-]+$/u, '');
  }
  return result;
}

/** The title cut at a word boundary (a clause's end when there is one far enough), marked with "…". */
function shortened(title: string, max: number): string {
  const room = title.slice(0, max);
  const boundary = /\s/u.test(title.charAt(max)) ? max : room.search(/\s\S*$/u);
  if (boundary <= 0) return title; // a single word longer than a title: never cut inside it
  const clauses = [...room.slice(0, boundary).matchAll(/[,;:]\s|\s[(–—]/gu)].map((match) => match.index ?? 0);
  const clause = clauses.filter((at) => at >= max * CLAUSE_AT_LEAST).at(-1);
  let cut = withoutDanglingWords(title.slice(0, clause ?? boundary));
  const open = cut.lastIndexOf('(');
  if (open > cut.lastIndexOf(')') && open >= max * CLAUSE_AT_LEAST) cut = withoutDanglingWords(cut.slice(0, open));
  return `${cut}…`;
}

/**
 * A title for an entry that has no question: the answer's first sentence (joined by the next when very short), as
 * plain text, without its final full stop, cut at a word boundary with "…" past `MAX_TITLE_LENGTH` characters. A
 * heading opening the answer is its title.
 */
export function deriveTitle(answer: string, max = MAX_TITLE_LENGTH): string {
  if (max !== MAX_TITLE_LENGTH) return titleOf(answer, max);
  return titles.get(answer) ?? titles.set(answer, titleOf(answer, max));
}

/** Loading, importing and checking a base derive each title several times: the answers are the keys. */
const titles = new BoundedMemo<string, string>(4096);

function titleOf(answer: string, max: number): string {
  const blocks = markdownBlocks(answer);
  const first = blocks[0];
  if (first === undefined) return '';
  if (first.heading) return first.text.length <= max ? first.text : shortened(first.text, max);
  const pool = blocks.flatMap((block) => sentences(block.text));
  let title = pool[0] ?? '';
  // Only a finished sentence is continued: list items without punctuation are not one sentence.
  for (let next = 1; wordCount(title) < MIN_TITLE_WORDS && /[.!?…:]$/u.test(title) && next < pool.length; next += 1) {
    title = `${title} ${pool[next]}`;
  }
  title = title.replace(/\s*[.:;,]+$/u, '');
  return title.length <= max ? title : shortened(title, max);
}
