import { LANGS, type Lang } from '../config/languages';
import { comparable, isCloseSpelling } from '../knowledge/text';
import { translator } from '../locales';

export type GlobalCommand =
  { kind: 'help' } | { kind: 'restart' } | { kind: 'back' } | { kind: 'greeting' } | { kind: 'language'; lang: Lang };

/** Commands are short: a longer message is a question even if it starts with "aide". */
const MAX_COMMAND_LENGTH = 40;

/** In the order they are tried: the first whose words the message is wins. */
const COMMANDS: ReadonlyArray<[key: string, command: GlobalCommand]> = [
  ['commands.help', { kind: 'help' }],
  ['commands.restart', { kind: 'restart' }],
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

/** Recognised in both languages whatever the conversation's language: "aide", "help", "English", "retour"… */
export function recognizeCommand(text: string | undefined): GlobalCommand | undefined {
  if (!text || text.length > MAX_COMMAND_LENGTH) return undefined;
  if (text.trim() === '?') return { kind: 'help' };
  const typed = comparable(text);
  return commandWords().find(([words]) => words.some((word) => sameCommand(typed, word)))?.[1];
}

/** Exactly the command's words, or a close spelling of a one-word command ("recomencer"), by the typo rule. */
function sameCommand(typed: string, command: string): boolean {
  if (typed === command) return true;
  const oneWord = !typed.includes(' ') && !command.includes(' ');
  return oneWord && isCloseSpelling(typed, command);
}
