import { recognizeChoices, type Choice } from 'botbuilder-dialogs';
import type { MenuOption } from './menu-option';

/** Longer messages are questions, never a choice (and botbuilder's recognizers are slow on long texts). */
const MAX_CHOICE_LENGTH = 150;
/** Up to this many words, a number, an ordinal or one choice word anywhere selects the option ("le deuxième"). */
const SHORT_REPLY_WORDS = 4;
/** A longer reply selects an option only if the option's words make up most of it. */
const MIN_COVERAGE = 0.6;
/** Words that do not tell options apart ("les annuaires", "the labels"). */
const FILLERS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'the', 'a', 'an', 'of', 'one']);
/** Words that may surround a position ("numéro 2", "la deuxième question", "the 2nd one please"). */
const POSITION_FILLERS = new Set([
  ...FILLERS,
  ...['numero', 'n', 'no', 'nr', 'option', 'choix', 'reponse', 'question', 'celle', 'celui', 'svp', 'stp'],
  ...['number', 'choice', 'answer', 'please'],
]);
/** Number words that are also articles: a position only when typed alone ("un", not "tu es un robot"). */
const ARTICLE_NUMBERS = new Set(['un', 'une', 'one']);

export function normalizeReply(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function wordsOf(text: string): string[] {
  const normalized = normalizeReply(text);
  return normalized ? normalized.split(' ') : [];
}

function phrasesOf(option: MenuOption): string[] {
  return [option.value, option.title, ...(option.synonyms ?? [])];
}

/**
 * Which option a typed reply selects, if any: the label itself, a number or an ordinal in the user's language
 * ("2", "le deuxième", "the second one"), a close spelling ("Lables"), or the distinctive word of one option
 * ("ROR"). A question that merely contains an option's word stays a question.
 */
export function recognizeReply(text: string, options: readonly MenuOption[], locale: string): string | undefined {
  if (text.length > MAX_CHOICE_LENGTH || options.length === 0) return undefined;
  const normalized = normalizeReply(text);
  if (!normalized) return undefined;
  return (
    exactOption(normalized, options) ??
    botbuilderOption(text, options, locale) ??
    (looksLikeQuestion(text) ? undefined : closeOption(normalized, options))
  );
}

function exactOption(normalized: string, options: readonly MenuOption[]): string | undefined {
  return options.find((option) => phrasesOf(option).some((phrase) => normalizeReply(phrase) === normalized))?.id;
}

function botbuilderOption(text: string, options: readonly MenuOption[], locale: string): string | undefined {
  const choices: Choice[] = options.map((option) => ({ value: option.id, synonyms: phrasesOf(option) }));
  const trimmed = text.trim();
  const [best] = recognizeChoices(trimmed, choices, { locale, noValue: true, allowPartialMatches: false });
  if (!best) return undefined;
  if (best.resolution.synonym === undefined) {
    return isOnlyPosition(trimmed, best.start, best.end) ? best.resolution.value : undefined;
  }
  const short = wordsOf(text).length <= SHORT_REPLY_WORDS;
  const coverage = (best.end - best.start + 1) / trimmed.length;
  return short || coverage >= MIN_COVERAGE ? best.resolution.value : undefined;
}

/**
 * A number or an ordinal selects by position only when the reply is little else ("le deuxième", "numéro 2"):
 * botbuilder also finds them inside sentences ("tu es un robot ?" holds "un", i.e. 1).
 */
function isOnlyPosition(text: string, start: number, end: number): boolean {
  const rest = [...wordsOf(text.slice(0, start)), ...wordsOf(text.slice(end + 1))];
  if (ARTICLE_NUMBERS.has(normalizeReply(text.slice(start, end + 1)))) return rest.length === 0;
  return rest.every((word) => POSITION_FILLERS.has(word));
}

function looksLikeQuestion(text: string): boolean {
  return text.includes('?') || wordsOf(text).length > SHORT_REPLY_WORDS;
}

/** Every meaningful word of the reply is (nearly) a word of exactly one option, or the reply is nearly a label. */
function closeOption(normalized: string, options: readonly MenuOption[]): string | undefined {
  const words = normalized.split(' ').filter((word) => !FILLERS.has(word));
  if (words.length === 0) return undefined;
  const candidates = options.filter((option) =>
    phrasesOf(option).some((phrase) => {
      const phraseWords = wordsOf(phrase);
      const wholePhrase = phraseWords.join(' ');
      return (
        isClose(normalized, wholePhrase) ||
        words.every((word) => phraseWords.some((candidate) => isClose(word, candidate)))
      );
    }),
  );
  return candidates.length === 1 ? candidates[0].id : undefined;
}

/** Allowed typos grow with the word: none up to 3 letters, one up to 7, two beyond. */
function isClose(typed: string, expected: string): boolean {
  if (typed === expected) return true;
  const allowed = expected.length <= 3 ? 0 : expected.length <= 7 ? 1 : 2;
  return allowed > 0 && Math.abs(typed.length - expected.length) <= allowed && editDistance(typed, expected) <= allowed;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}
