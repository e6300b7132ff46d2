import { comparableWords, isCloseSpelling } from '../../knowledge/text';
import type { MenuOption } from './menu-option';
import { typedPosition } from './positions';

/** Longer messages are questions, never a choice. */
const MAX_CHOICE_LENGTH = 150;
/** Up to this many words, a reply holding an option's whole label selects it ("je veux Labels"). */
const SHORT_REPLY_WORDS = 4;
/** A longer reply selects an option only if the option's label makes up most of it. */
const MIN_COVERAGE = 0.6;
/** Words that do not tell options apart ("les annuaires", "the labels"). */
const FILLERS: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'the', 'a', 'an', 'of', 'one']);

/** An option as replies are compared with it: each of its phrases (value, title, synonyms) as `comparableWords`. */
interface Candidate {
  id: string;
  phrases: string[][];
}

/** What was typed, read once. */
interface Reply {
  text: string;
  words: string[];
  joined: string;
}

/**
 * Which option a typed reply selects, if any, in either language whatever the menu's: the label itself ("Labels",
 * "Any"), its position ("2", "le deuxième", "la 2e", "the second one", "number 3", "le dernier"), a reply holding
 * the whole label ("je veux Labels"), a close spelling ("Lables") or the distinctive word of one option ("ROR"). A
 * question that merely contains an option's word stays a question. No number recognizer runs: positions are read
 * from a table of both languages' words (`typedPosition`).
 */
export function recognizeReply(text: string, options: readonly MenuOption[]): string | undefined {
  if (text.length > MAX_CHOICE_LENGTH || options.length === 0) return undefined;
  const symbol = symbolOption(text, options);
  if (symbol !== undefined) return symbol;
  const words = comparableWords(text);
  if (words.length === 0) return undefined;
  const reply: Reply = { text, words, joined: words.join(' ') };
  const candidates = options.map((option) => ({
    id: option.id,
    phrases: [option.value, option.title, ...(option.synonyms ?? [])].map(comparableWords),
  }));
  const position = typedPosition(words, options.length);
  return (
    exactOption(reply, candidates) ??
    (position === undefined ? undefined : options[position - 1]?.id) ??
    containedOption(reply, candidates) ??
    (looksLikeQuestion(reply) ? undefined : closeOption(reply, candidates))
  );
}

/** Skin tones and the emoji presentation selector: 👍🏽 is 👍. */
const EMOJI_MODIFIERS = /[\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{FE0E}\s]/gu;

/** The one option whose signs the reply is made of ("👍", "👍👍", "👎🏻"), if any. */
function symbolOption(text: string, options: readonly MenuOption[]): string | undefined {
  let rest = text.replace(EMOJI_MODIFIERS, '');
  if (rest === '') return undefined;
  const chosen = new Set<string>();
  while (rest !== '') {
    const before = rest;
    for (const option of options) {
      const symbol = option.symbols?.find((candidate) => rest.startsWith(candidate));
      if (symbol === undefined) continue;
      chosen.add(option.id);
      rest = rest.slice(symbol.length);
      break;
    }
    if (rest === before) return undefined;
  }
  return chosen.size === 1 ? [...chosen][0] : undefined;
}

function exactOption(reply: Reply, candidates: readonly Candidate[]): string | undefined {
  return candidates.find((candidate) => candidate.phrases.some((phrase) => phrase.join(' ') === reply.joined))?.id;
}

/** The option whose whole label the reply holds, the longest if several, when the reply is short or mostly that. */
function containedOption(reply: Reply, candidates: readonly Candidate[]): string | undefined {
  let best: { id: string; length: number } | undefined;
  let tied = false;
  for (const candidate of candidates) {
    for (const phrase of candidate.phrases) {
      const length = phrase.join(' ').length;
      if (phrase.length === 0 || !holds(reply.words, phrase) || (best && length < best.length)) continue;
      tied = best !== undefined && length === best.length && best.id !== candidate.id;
      best = { id: candidate.id, length };
    }
  }
  if (!best || tied) return undefined;
  const short = reply.words.length <= SHORT_REPLY_WORDS;
  return short || best.length / reply.joined.length >= MIN_COVERAGE ? best.id : undefined;
}

/** `phrase` appears in `words`, its words in a row. */
function holds(words: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

function looksLikeQuestion(reply: Reply): boolean {
  return reply.text.includes('?') || reply.words.length > SHORT_REPLY_WORDS;
}

/** Every meaningful word of the reply is (nearly) a word of exactly one option, or the reply is nearly a label. */
function closeOption(reply: Reply, candidates: readonly Candidate[]): string | undefined {
  const words = reply.words.filter((word) => !FILLERS.has(word));
  if (words.length === 0) return undefined;
  const matching = candidates.filter((candidate) =>
    candidate.phrases.some(
      (phrase) =>
        isCloseSpelling(reply.joined, phrase.join(' ')) ||
        words.every((word) => phrase.some((known) => isCloseSpelling(word, known))),
    ),
  );
  return matching.length === 1 ? matching[0]?.id : undefined;
}
