import type { Lang } from '../types';
import { stripElision } from './elisions';
import { splitHyphens } from './hyphens';
import { PhraseLexicon } from './lexicon';
import { stemmerFor } from './stemmers';
import { stopwordSet } from './stopwords';
import { rawTokens } from './tokenize';
import { foldAccents, normalizeCase, normalizeCompatibility, normalizeText } from './unicode';

/** A content word: its unaccented form (what typo tolerance compares) and its folded stem (what is indexed). */
export interface Word {
  surface: string;
  stem: string;
}

interface KnownWord extends Word {
  acronym: boolean;
  stopword: boolean;
}

/**
 * One language's text pipeline: normalise → tokens → elisions → hyphens → stopwords → stems → lexicon groups.
 * Each step is a small pure function (one module each); the analyser holds this language's tables and a memo of
 * the words it has seen, nothing shared with the other language.
 */
export class Analyzer {
  private readonly known = new Map<string, KnownWord>();
  private readonly stopwords: ReadonlySet<string>;
  private readonly stemmer: (word: string) => string;
  /** Short single-word lexicon terms (MOS, NOS, ROR, SI): never stemmed ("MOS" is no plural of "mo"). */
  private readonly acronyms: ReadonlySet<string>;
  readonly lexicon: PhraseLexicon;

  /** @param lexiconGroups this language's acronym and synonym groups, as written in the lexicon file. */
  constructor(
    readonly lang: Lang,
    lexiconGroups: readonly (readonly string[])[] = [],
  ) {
    this.stopwords = stopwordSet(lang);
    this.stemmer = stemmerFor(lang);
    this.acronyms = new Set(
      lexiconGroups.flat().map((term) => foldAccents(normalizeText(term))).filter((term) => /^[\p{L}\p{N}]{2,4}$/u.test(term)),
    );
    this.lexicon = new PhraseLexicon(lexiconGroups.map((terms) => terms.map((term) => this.lexiconTerm(term))));
  }

  isStopword(word: string): boolean {
    return this.stopwords.has(foldAccents(word));
  }

  /** Tokens after elisions and hyphens, stopwords included (language detection counts them). */
  tokens(text: string): string[] {
    const tokens: string[] = [];
    this.eachToken(text, (token) => tokens.push(token));
    return tokens;
  }

  /** Content words. "NOS" or "SI" in capitals are acronyms, not the stopwords "nos" (our) and "si" (if). */
  words(text: string): Word[] {
    const words: Word[] = [];
    this.eachToken(text, (token, upperCase) => {
      const word = this.word(token);
      if (!word.stopword || (upperCase && word.acronym)) words.push(word);
    });
    return words;
  }

  /** Folding and stemming are the costly steps and words repeat a lot: memoised (bounded: queries vary). */
  private word(token: string): KnownWord {
    let word = this.known.get(token);
    if (word === undefined) {
      const surface = foldAccents(token);
      const acronym = this.acronyms.has(surface);
      word = { surface, stem: acronym ? surface : this.stemmer(token), acronym, stopword: this.stopwords.has(surface) };
      if (this.known.size >= 100_000) this.known.clear();
      this.known.set(token, word);
    }
    return word;
  }

  /**
   * A lexicon term as a token sequence. A one-word term that is a stopword ("nos") is the acronym; a several-word
   * term that shrinks to one token ("e santé" → "santé") is dropped, else it would fire on every "santé".
   */
  private lexiconTerm(term: string): string[] {
    const tokens = this.tokens(term.toLowerCase());
    if (tokens.length === 1) return tokens.map((token) => this.word(token).stem);
    const stems = this.stems(term.toLowerCase());
    const words = term.trim().split(/\s+/).length;
    return stems.length === 1 && words > 1 ? [] : stems;
  }

  /** Calls `visit` for each token, telling whether it was written in capitals (in a text that is not shouting). */
  private eachToken(text: string, visit: (token: string, upperCase: boolean) => void): void {
    const shouting = !/\p{Ll}/u.test(text);
    for (const raw of rawTokens(normalizeCompatibility(text))) {
      const lower = normalizeCase(raw);
      const upperCase = lower !== raw && !shouting && raw === raw.toUpperCase();
      // Most tokens have neither apostrophe nor hyphen: skip those steps for them (this runs for every token indexed).
      if (!/['-]/.test(lower)) {
        if (lower.length > 1) visit(lower, upperCase);
        continue;
      }
      for (const part of splitHyphens(stripElision(lower, this.lang), this.lang, this.isStopwordBound)) {
        if (part.length > 1) visit(part, upperCase);
      }
    }
  }

  private readonly isStopwordBound = (word: string): boolean => this.isStopword(word);

  stems(text: string): string[] {
    return this.words(text).map((word) => word.stem);
  }

  /** The terms indexed for a text (or searched for a query whose words are already resolved). */
  terms(stems: string[]): string[] {
    return this.lexicon.expand(stems);
  }

  analyze(text: string): string[] {
    return this.terms(this.stems(text));
  }
}
