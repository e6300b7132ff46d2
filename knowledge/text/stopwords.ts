import { words as englishWords } from 'natural/lib/natural/util/stopwords';
import { words as frenchWords } from 'natural/lib/natural/util/stopwords_fr';
import type { Lang } from '../types';
import { foldAccents } from './unicode';

/**
 * natural's lists, plus the question words and fillers of FAQ queries that its lists lack. Compared after accent
 * folding, since people type "etre" as often as "être".
 */
const EXTRA: Record<Lang, readonly string[]> = {
  fr: ['quand', 'combien', 'dont', 'donc', 'peut', 'peux', 'puis',
    'faut', 'doit', 'dois', 'doivent', 'bonjour', 'merci', 'svp', 'plait', 'voudrais', 'aimerais', 'savoir', 'cela', 'ça', 'ca',
    'tout', 'tous', 'toute', 'toutes', 'chez', 'vers', 'entre', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  en: ['please', 'hello', 'hi', 'thanks', 'thank', 'know', 'want', 'need', 'shall', 'may', 'us', 'whether', 'anyone', 'etc'],
};

/**
 * Question words tell what kind of answer is wanted ("why use the MOS" vs "what is the MOS"): kept, but as
 * companions of the other words, never matching alone (see `QueryTerm.companion`).
 */
const QUESTION_WORDS: Record<Lang, readonly string[]> = {
  fr: ['comment', 'pourquoi', 'quoi', 'quel', 'quels', 'quelle', 'quelles'],
  en: ['why', 'what', 'how', 'who', 'which', 'where', 'when'],
};

const NATURAL: Record<Lang, readonly string[]> = { fr: frenchWords, en: englishWords };

/** A fresh set per call: nothing mutable is shared between languages or analysers. */
export function stopwordSet(lang: Lang): ReadonlySet<string> {
  const kept = new Set(QUESTION_WORDS[lang]);
  return new Set([...NATURAL[lang].filter((word) => !kept.has(word)), ...EXTRA[lang]].map(foldAccents));
}

/** This language's question words that are not stopwords, accents folded. */
export function questionWordSet(lang: Lang): ReadonlySet<string> {
  return new Set(QUESTION_WORDS[lang].map(foldAccents));
}
