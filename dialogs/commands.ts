import { LANGS, type Lang } from '../config/languages';
import { boundedEditDistance, comparable, typoAllowance } from '../knowledge/text';
import { translator } from '../locales';

export type GlobalCommand =
  | { kind: 'help' }
  | { kind: 'restart' }
  | { kind: 'newQuestion' }
  | { kind: 'back' }
  | { kind: 'greeting' }
  | { kind: 'language'; lang: Lang };

/** Whether a word (as `comparable` writes it) is a real word of either language: the base's, or a common one. */
export type KnownWord = (word: string) => boolean;

/** Commands are short: a longer message is a question even if it starts with "aide". */
const MAX_COMMAND_LENGTH = 40;
/** A command typed with a typo is one edit away at most: two edits reach real words ("président" → « précédent »). */
const MAX_COMMAND_TYPOS = 1;
/** Real words one edit from a command that a base's content may not hold. */
const NEAR_COMMAND_WORDS: ReadonlySet<string> = new Set(['francis', 'franchis', 'retours', 'detour', 'salue', 'saluts', 'hell', 'hells', 'bonjours']);

/** In the order they are tried: the first whose words the message is wins. */
const COMMANDS: ReadonlyArray<[key: string, command: GlobalCommand]> = [
  ['commands.help', { kind: 'help' }],
  ['commands.restart', { kind: 'restart' }],
  ['commands.newQuestion', { kind: 'newQuestion' }],
  ['commands.back', { kind: 'back' }],
  ['commands.english', { kind: 'language', lang: 'en' }],
  ['commands.french', { kind: 'language', lang: 'fr' }],
  ['commands.greeting', { kind: 'greeting' }],
];

let wordsByCommand: ReadonlyArray<[words: readonly string[], command: GlobalCommand]> | undefined;

/** Each command's words in both languages, compared as typed replies are; read once (the strings do not change). */
function commandWords(): ReadonlyArray<[readonly string[], GlobalCommand]> {
  wordsByCommand ??= COMMANDS.map(([key, command]) => {
    const lists = LANGS.map((lang) => translator(lang, 'conversation')(key, { returnObjects: true }) as unknown);
    const words = lists.flatMap((list) => (Array.isArray(list) ? list.map((word) => comparable(String(word))) : []));
    return [words.filter(Boolean), command];
  });
  return wordsByCommand;
}

const noWordKnown: KnownWord = () => false;

/**
 * Recognised in both languages whatever the conversation's language: "aide", "help", "English", "retour"… A one-word
 * command may be typed with one typo ("recomencer"), unless what was typed is a real word (`known`, or a short list
 * of words near commands): "franchise" is not « français », "président" is not « précédent ».
 */
export function recognizeCommand(text: string | undefined, known: KnownWord = noWordKnown): GlobalCommand | undefined {
  if (!text || text.length > MAX_COMMAND_LENGTH) return undefined;
  if (text.trim() === '?') return { kind: 'help' };
  const typed = comparable(text);
  const exact = commandWords().find(([words]) => words.includes(typed))?.[1];
  // The project's typo rule (none under five letters), capped at one edit for commands.
  const allowed = Math.min(typoAllowance(typed.length), MAX_COMMAND_TYPOS);
  if (exact || allowed === 0 || typed.includes(' ') || known(typed) || NEAR_COMMAND_WORDS.has(typed)) return exact;
  const close = (word: string): boolean => !word.includes(' ') && boundedEditDistance(typed, word, allowed) <= allowed;
  return commandWords().find(([words]) => words.some(close))?.[1];
}
