import { textsOf } from '../entry/languages';
import { comparable } from '../text/compare';
import { LANGS, type KnowledgeBase } from '../types';

/** How the base's own texts write a word inside sentences: in capitals, capitalised, or in lower case. */
interface Counts {
  upper: number;
  capitalised: number;
  lower: number;
}

/** Words as the base writes them: what is a name there (ROR, Ségur, Convergence) and what a common word (nos, label). */
export interface Casing {
  /** The base writes it as a name (in capitals or capitalised inside sentences) more often than in lower case. */
  isName(word: string): boolean;
  /** The base writes it in lower case more often than not: "nos" (our) in French texts, though NOS is a name too. */
  isCommonWord(word: string): boolean;
  /** The base writes it in capitals at least once (an acronym: ROR, NOS, SONS). */
  isAcronym(word: string): boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What ends a sentence or opens a list item: the next word is capitalised whatever it is. */
const SENTENCE_BREAK = /[.!?:;\n•*#>]|^\s*-|\s-\s/u;

function tally(text: string, counts: Map<string, Counts>): void {
  let previousEnd = -1;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const between = previousEnd < 0 ? '\n' : text.slice(previousEnd, start);
    previousEnd = start + raw.length;
    if (SENTENCE_BREAK.test(between) || /^\p{N}/u.test(raw)) continue;
    const word = comparable(raw);
    const count = counts.get(word) ?? { upper: 0, capitalised: 0, lower: 0 };
    if (/\p{Lu}.*\p{Lu}/u.test(raw)) count.upper += 1;
    else if (/^\p{Lu}/u.test(raw)) count.capitalised += 1;
    else count.lower += 1;
    counts.set(word, count);
  }
}

/** Counted once per base, over every entry's phrasings and answers in both languages. */
export function casingOf(kb: KnowledgeBase): Casing {
  const counts = new Map<string, Counts>();
  for (const entry of kb.entries) for (const lang of LANGS) for (const text of textsOf(entry, lang)) tally(text, counts);
  const named = (word: string): number => (counts.get(word)?.upper ?? 0) + (counts.get(word)?.capitalised ?? 0);
  const lower = (word: string): number => counts.get(word)?.lower ?? 0;
  return {
    isName: (word) => named(word) > lower(word),
    isCommonWord: (word) => lower(word) > 0 && lower(word) >= named(word),
    isAcronym: (word) => (counts.get(word)?.upper ?? 0) > 0,
  };
}
