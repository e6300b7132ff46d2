import { readFileSync } from 'node:fs';
import type { Lang } from '../types';
import { foldAccents } from './unicode';

/** The general word lists: every inflected form of each language (MIT-licensed lists from the npm registry). */
const PACKAGES: Record<Lang, string> = { fr: 'an-array-of-french-words', en: 'an-array-of-english-words' };

/**
 * A language's words, lower case and accents folded ("deja" is "déjà" typed quickly), held as one sorted string with
 * the words' offsets: 3 to 5 MB instead of the 30 MB a set of 300,000 strings would take.
 */
export class WordList {
  private readonly text: string;
  private readonly starts: Int32Array;

  /** @param words lower case, accents folded, sorted, each once. */
  constructor(words: readonly string[]) {
    this.text = words.join('\n');
    this.starts = new Int32Array(words.length + 1);
    let at = 0;
    words.forEach((word, index) => {
      this.starts[index] = at;
      at += word.length + 1;
    });
    this.starts[words.length] = at;
  }

  /**
   * The list of a JSON array of words, folded as a whole text before it is split (four times faster than word by
   * word: the list is read while a user waits for an answer). Forms with a hyphen or an apostrophe are left out.
   */
  static fromJson(json: string): WordList {
    const words = foldAccents(json.toLowerCase()).replace(/^\s*\[\s*"|"\s*\]\s*$/g, '').split(/"\s*,\s*"/u).sort();
    const kept: string[] = [];
    let previous = '';
    for (const word of words) {
      if (word !== previous && /^[a-z]+$/.test(word)) kept.push(word);
      previous = word;
    }
    return new WordList(kept);
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** Whether the word (accents folded, lower case) is one of the language's. */
  has(word: string): boolean {
    let [low, high] = [0, this.size];
    while (low < high) {
      const middle = (low + high) >>> 1;
      const candidate = this.text.slice(this.starts[middle], (this.starts[middle + 1] as number) - 1);
      if (candidate === word) return true;
      if (candidate < word) low = middle + 1;
      else high = middle;
    }
    return false;
  }
}

const loaded = new Map<Lang, WordList>();

/**
 * The language's general word list, read on first use (about 0.3 s, once per process): only queries holding a word
 * the base does not know need it, to tell a real word from a typo.
 */
export function generalWords(lang: Lang): WordList {
  let list = loaded.get(lang);
  if (list === undefined) {
    list = WordList.fromJson(readFileSync(require.resolve(`${PACKAGES[lang]}/index.json`), 'utf8'));
    loaded.set(lang, list);
  }
  return list;
}
