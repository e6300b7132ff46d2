import type { Lang } from '../types';
import { expandShorthand } from './abbreviations';
import { stripElision } from './elisions';
import { splitHyphens } from './hyphens';
import { PhraseLexicon } from './lexicon';
import { BoundedMemo } from './memo';
import { TermDictionary } from './term-dictionary';
import { stemmerFor } from './stemmers';
import { questionWordSet, stopwordSet } from './stopwords';
import { TokenScanner } from './token-scanner';
import { generalWords } from './word-lists';
import { foldAccents, normalizeCase, normalizeCompatibility, normalizeText } from './unicode';

/** A content word: its unaccented form (what typo tolerance compares) and its folded stem (what is indexed). */
export interface Word {
  surface: string;
  stem: string;
  /** A question word ("comment", "pourquoi", "what"): it says what kind of answer is wanted, not what about. */
  questionWord: boolean;
  /**
   * An acronym: a short term of the lexicon, or a word written in capitals in a text that is not shouted ("PASSI").
   * Never stemmed, never corrected.
   */
  acronym: boolean;
}

interface KnownWord extends Word {
  /** The lower-case token the word was read from. */
  token: string;
  stopword: boolean;
  /** A lexicon phrase starts with this stem: only texts holding such a word are searched for phrases. */
  startsPhrase: boolean;
  /** Its stem's id in `dictionary`, from the first time the word is indexed (see `indexTerms`). */
  termId: number | undefined;
}

/** A token as written, read once: its words (one, or the parts of an elision or a compound), and its case. */
interface WrittenToken {
  words: readonly KnownWord[];
  /** Written in capitals ("NOS", "SI"): an acronym rather than a stopword, unless the whole text is shouted. */
  capitals: boolean;
  /** For a token in capitals: its words read as acronyms, used unless the whole text is shouted. */
  acronyms: readonly KnownWord[];
}

/** Longest token in capitals read as an acronym: longer ones are words in capitals ("ATTENTION"). */
const ACRONYM_LENGTH = 7;

/**
 * Whether a word is a content word: not a stopword, or a stopword that is an acronym written in capitals in a text
 * that is not shouted ("les NOS"), or any such acronym when the text has no other content word (`nothingElse`).
 */
function isKept(word: KnownWord, capitals: boolean, nothingElse: boolean): boolean {
  return !word.stopword || (word.acronym && (capitals || nothingElse));
}

/**
 * One language's text pipeline: normalise → tokens → elisions → hyphens → stopwords → stems → lexicon groups.
 * Each step is a small pure function (one module each); the analyser holds this language's tables and memos of
 * the tokens it has read, nothing shared with the other language.
 */
export class Analyzer {
  /** Folding and stemming are the costly steps, and tokens repeat a lot: each token is read once. */
  private readonly written = new TokenScanner<WrittenToken>((token) => this.read(token), 100_000);
  private readonly known = new BoundedMemo<string, KnownWord>(100_000);
  private readonly stopwords: ReadonlySet<string>;
  private readonly questionWords: ReadonlySet<string>;
  private readonly stemmer: (word: string) => string;
  /** Short single-word lexicon terms (MOS, NOS, ROR, SI, PASSI): never stemmed ("MOS" is no plural of "mo", "PASSI" no form of "passer"). */
  private readonly acronyms: ReadonlySet<string>;
  readonly lexicon: PhraseLexicon;
  /** The terms of the texts indexed with this analyser, numbered in order of appearance (queries add none). */
  readonly dictionary = new TermDictionary();
  /** Reused by `indexTerms`, which runs for every indexed text: its stems, and where lexicon phrases may start. */
  private readonly stemsRead: string[] = [];
  private readonly phraseStarts: number[] = [];
  /** Answers "no" while the lexicon itself is being read. */
  private startsPhrase: (stem: string) => boolean = () => false;

  /** @param lexiconGroups this language's acronym and synonym groups, as written in the lexicon file. */
  constructor(
    readonly lang: Lang,
    lexiconGroups: readonly (readonly string[])[] = [],
  ) {
    this.stopwords = stopwordSet(lang);
    this.questionWords = questionWordSet(lang);
    this.stemmer = stemmerFor(lang);
    this.acronyms = new Set(
      lexiconGroups.flat().map((term) => foldAccents(normalizeText(term))).filter((term) => /^[\p{L}\p{N}]{2,5}$/u.test(term)),
    );
    this.lexicon = new PhraseLexicon(lexiconGroups.map((terms) => terms.map((term) => this.lexiconTerm(term))));
    this.startsPhrase = (stem) => this.lexicon.startsPhrase(stem);
    // Words read while building the lexicon could not know which of them start a phrase.
    this.written.clear();
    this.known.clear();
  }

  isStopword(word: string): boolean {
    return this.stopwords.has(foldAccents(word));
  }

  /** Tokens after elisions and hyphens, stopwords included (language detection counts them). */
  tokens(text: string): string[] {
    const tokens: string[] = [];
    this.eachWord(text, (word) => tokens.push(word.token));
    return tokens;
  }

  /**
   * Content words. "NOS" or "SI" in capitals are acronyms, not the stopwords "nos" (our) and "si" (if); so is "nos"
   * in a text that has no other content word ("nos", "NOS ?"): someone who types only that means the acronym.
   */
  words(text: string): Word[] {
    const words = this.contentWords(text, false);
    return words.length > 0 ? words : this.contentWords(text, true);
  }

  stems(text: string): string[] {
    return this.words(text).map((word) => word.stem);
  }

  /** The terms indexed for a text: its stems, then the group tokens of the lexicon phrases it holds. */
  terms(stems: string[]): string[] {
    return this.lexicon.expand(stems);
  }

  analyze(text: string): string[] {
    return this.terms(this.stems(text));
  }

  /**
   * The terms `analyze` gives, as their ids in `dictionary`, without building arrays: this runs for every indexed
   * text. Calls `term` for each term and `newWord` for each content word met for the first time, so that a
   * vocabulary is filled from distinct words only.
   */
  indexTerms(text: string, term: (id: number) => void, newWord: (word: Word) => void): void {
    if (this.indexWords(text, term, newWord, false) === 0) this.indexWords(text, term, newWord, true);
  }

  /** One pass of `indexTerms`; returns how many words it kept (see `isKept`). */
  private indexWords(text: string, term: (id: number) => void, newWord: (word: Word) => void, nothingElse: boolean): number {
    // Overwritten rather than emptied: emptying an array frees its storage.
    const stems = this.stemsRead;
    const starts = this.phraseStarts;
    let stemCount = 0;
    let startCount = 0;
    const tokens = this.written.readings;
    const tokenCount = this.written.scan(text);
    let shouting: boolean | undefined;
    let kept = 0;
    // The loop of `eachWord` and the test of `isKept`, written out: this is the hottest path of the index build.
    for (let at = 0; at < tokenCount; at += 1) {
      const written = tokens[at] as WrittenToken;
      const capitals = written.capitals && !(shouting ??= this.isShouting(text));
      for (const word of capitals ? written.acronyms : written.words) {
        if (word.stopword && !(word.acronym && (nothingElse || capitals))) continue;
        kept += 1;
        if (word.termId === undefined) {
          word.termId = this.dictionary.add(word.stem);
          newWord(word);
        }
        term(word.termId);
        // Stems matter from the first word that may start a lexicon phrase on.
        if (word.startsPhrase) starts[startCount++] = stemCount;
        if (startCount > 0) stems[stemCount++] = word.stem;
      }
    }
    if (startCount === 0) return kept;
    for (const group of this.lexicon.groupTokens(stems, stemCount, starts, startCount) ?? []) term(this.dictionary.add(group));
    return kept;
  }

  /** The words `words` keeps, in a first pass (`nothingElse` false) and, if it kept none, a second one. */
  private contentWords(text: string, nothingElse: boolean): KnownWord[] {
    const words: KnownWord[] = [];
    this.eachWord(text, (word, capitals) => {
      if (isKept(word, capitals, nothingElse)) words.push(word);
    });
    return words;
  }

  /** Calls `visit` for each word of the text, stopwords included, telling whether it was written in capitals. */
  private eachWord(text: string, visit: (word: KnownWord, capitals: boolean) => void): void {
    const tokens = this.written.readings;
    const tokenCount = this.written.scan(text);
    let shouting: boolean | undefined;
    for (let at = 0; at < tokenCount; at += 1) {
      const written = tokens[at] as WrittenToken;
      // Checked once per text, and only when it matters.
      const capitals = written.capitals && !(shouting ??= this.isShouting(text));
      for (const word of capitals ? written.acronyms : written.words) visit(word, capitals);
    }
  }

  /** Capitals mean an acronym only in a text that is not all capitals. */
  private isShouting(text: string): boolean {
    return !/\p{Ll}/u.test(normalizeCompatibility(text));
  }

  /** A token as written: normalised, then split at elisions and hyphens. */
  private read(token: string): WrittenToken {
    const raw = normalizeCompatibility(token);
    const lower = normalizeCase(raw);
    const capitals = lower !== raw && raw === raw.toUpperCase();
    // Most tokens have neither apostrophe nor hyphen: skip those steps for them.
    const split = /['-]/.test(lower) ? splitHyphens(stripElision(lower, this.lang), this.lang, this.isStopwordBound) : [lower];
    const parts = split.filter((part) => part.length > 1);
    const words = parts.flatMap((part) => expandShorthand(part, this.lang) ?? [part]).filter((part) => part.length > 1).map((part) => this.word(part));
    if (!capitals) return { words, capitals, acronyms: words };
    // A compound ("SUN-ES") is read as its parts, whose joined form the lexicon knows.
    const acronyms = parts.length === 1 && words.length === 1 ? [this.acronymWord(parts[0] as string)] : words;
    return { words, capitals, acronyms };
  }

  private word(token: string): KnownWord {
    return this.known.get(token) ?? this.known.set(token, this.readWord(token));
  }

  /** A token written in capitals, as an acronym: not stemmed. */
  private acronymWord(token: string): KnownWord {
    const key = `\u0000${token}`;
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const word = this.word(token);
    // A stopword in capitals ("ET", "LA") is no acronym unless the lexicon says so ("NOS"), and neither is a word of
    // the language ("ŒUVRE", "ATTENTION") nor a long run of capitals.
    if (word.stopword || word.acronym || token.length > ACRONYM_LENGTH || !/^\p{L}/u.test(token) || generalWords(this.lang).has(word.surface)) return word;
    return this.known.set(key, { ...word, stem: word.surface, acronym: true, questionWord: false, startsPhrase: this.startsPhrase(word.surface) });
  }

  private readWord(token: string): KnownWord {
    const surface = foldAccents(token);
    const acronym = this.acronyms.has(surface);
    const questionWord = this.questionWords.has(surface);
    // Question words are matched as written: their stems would only blur them ("comment" is no verb).
    const stem = acronym || questionWord ? surface : this.stemmer(token);
    const stopword = this.stopwords.has(surface);
    return { token, surface, stem, acronym, stopword, questionWord, startsPhrase: this.startsPhrase(stem), termId: undefined };
  }

  private readonly isStopwordBound = (word: string): boolean => this.isStopword(word);

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
}
