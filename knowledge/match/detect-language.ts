import type { LanguageIndex } from '../indexing/language-index';
import { comparable } from '../text/compare';
import { textsOf } from '../entry/languages';
import { LANGS, type KnowledgeBase, type Lang } from '../types';
import { isFunctionWordOf } from './language-words';

/** The words a language's content writes (as `comparable` writes them), to tell which language a message is in. */
export interface WordSet {
  has(word: string): boolean;
}

/** Points for each language: see `languageEvidence`. */
export interface LanguageEvidence {
  fr: number;
  en: number;
}

/** l' d' qu' j' n' s' c' m' t' before a letter: French, and nothing else. */
const FRENCH_ELISION = /(?:^|[^\p{L}])(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]\p{L}/giu;
/** don't, it's, I'm, we're, I've, we'll, I'd: English. */
const ENGLISH_CONTRACTION = /\p{L}['’](?:s|t|re|ve|ll|m|d)(?![\p{L}])/giu;
const FRENCH_ACCENT = /[àâçéèêëîïôùûœ]/;
/** Words of the content count one point; function words and elisions two (they are in every sentence). */
const WORD_POINT = 1;
const GRAMMAR_POINTS = 2;

const otherThan = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/** A name rather than a word: an acronym (ROR, MSSanté, e-CPS) or a capitalised word inside the sentence (Santé). */
function isName(raw: string, position: number): boolean {
  if (/\p{Lu}.*\p{Lu}/u.test(raw)) return true;
  return position > 0 && /^\p{Lu}/u.test(raw);
}

/** One point per sign of a language: its function words, elisions and contractions, then the words only it writes. */
export function languageEvidence(text: string, words: Readonly<Record<Lang, WordSet>>): LanguageEvidence {
  const evidence: LanguageEvidence = { fr: 0, en: 0 };
  evidence.fr += (text.match(FRENCH_ELISION)?.length ?? 0) * GRAMMAR_POINTS;
  evidence.en += (text.match(ENGLISH_CONTRACTION)?.length ?? 0) * GRAMMAR_POINTS;
  const raws = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  raws.forEach((raw, position) => {
    const word = comparable(raw);
    const grammar = LANGS.find((lang) => isFunctionWordOf(lang, word));
    if (grammar) {
      evidence[grammar] += GRAMMAR_POINTS;
      return;
    }
    if (word.length < 3 || isName(raw, position)) return;
    const own = LANGS.find((lang) => words[lang].has(word) && !words[otherThan(lang)].has(word));
    if (own) evidence[own] += WORD_POINT;
    else if (FRENCH_ACCENT.test(raw.toLowerCase())) evidence.fr += WORD_POINT;
  });
  return evidence;
}

/** French or English from the words; French (the site's language) when the evidence is even. */
export function decideLanguage(evidence: LanguageEvidence): Lang {
  return evidence.en > evidence.fr ? 'en' : 'fr';
}

/** Below this many words a message says too little to change the conversation's language ("Peu importe", "ROR"). */
export const MIN_CLEAR_WORDS = 4;
/** The winning language needs this many points… */
const MIN_CLEAR_POINTS = 4;
/** …and at least this many times the other's. */
const CLEAR_RATIO = 2;

/**
 * The language a message is clearly written in, or undefined when it is short or mixed: a question a user typed in
 * the other language, never an acronym, a product name or a short reply ("ok", "ROR", "the second one").
 */
export function clearLanguageOf(text: string, evidence: LanguageEvidence): Lang | undefined {
  if (text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length < MIN_CLEAR_WORDS) return undefined;
  const lang = decideLanguage(evidence);
  const [won, lost] = [evidence[lang], evidence[otherThan(lang)]];
  return won >= MIN_CLEAR_POINTS && won >= CLEAR_RATIO * lost ? lang : undefined;
}

/** The matcher's detection, with the words its own indexes hold. */
export function detectLanguage(text: string, indexes: Readonly<Record<Lang, LanguageIndex>>): Lang {
  const words: Record<Lang, WordSet> = {
    fr: { has: (word) => indexes.fr.vocabulary.hasSurface(word) },
    en: { has: (word) => indexes.en.vocabulary.hasSurface(word) },
  };
  return decideLanguage(languageEvidence(text, words));
}

/** Every word the base writes in each language. */
function contentWords(kb: KnowledgeBase): Record<Lang, Set<string>> {
  const words: Record<Lang, Set<string>> = { fr: new Set(), en: new Set() };
  for (const entry of kb.entries) {
    for (const lang of LANGS) {
      for (const text of textsOf(entry, lang)) for (const word of comparable(text).split(' ')) words[lang].add(word);
    }
  }
  return words;
}

/**
 * Which language a message is written in, for the conversation: its function words and elisions first, then the
 * words of this base's content that only one language writes. Built once per base.
 */
export class LanguageDetector {
  private readonly words: Readonly<Record<Lang, WordSet>>;

  constructor(kb: KnowledgeBase) {
    this.words = contentWords(kb);
  }

  /** French or English, French when undecided. */
  detect(text: string): Lang {
    return decideLanguage(languageEvidence(text, this.words));
  }

  /** A word (as `comparable` writes it) of this base's content or a function word, in either language. */
  isKnownWord(word: string): boolean {
    return LANGS.some((lang) => this.words[lang].has(word) || isFunctionWordOf(lang, word));
  }

  /** The language the message is clearly written in; undefined for short or mixed messages (see `clearLanguageOf`). */
  clearLanguage(text: string): Lang | undefined {
    return clearLanguageOf(text, languageEvidence(text, this.words));
  }
}
