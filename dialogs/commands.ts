import { LANGS, type Lang } from '../knowledge/types';
import { translator } from '../locales';
import { editDistance, normalizeReply } from './menu/recognize-reply';

export type GlobalCommand =
  { kind: 'help' } | { kind: 'restart' } | { kind: 'back' } | { kind: 'greeting' } | { kind: 'language'; lang: Lang };

/** Commands are short: a longer message is a question even if it starts with "aide". */
const MAX_COMMAND_LENGTH = 40;
/** One-word commands at least this long are recognised with one typo ("recomencer"); shorter ones must be exact. */
const MIN_FUZZY_LENGTH = 6;

function words(key: string): string[] {
  const lists = LANGS.map((lang) => translator(lang, 'conversation')(key, { returnObjects: true }) as unknown);
  return lists
    .flatMap((list) => (Array.isArray(list) ? list.map((word) => normalizeReply(String(word))) : []))
    .filter(Boolean);
}

/** Recognised in both languages whatever the conversation's language: "aide", "help", "English", "retour"… */
export function recognizeCommand(text: string | undefined): GlobalCommand | undefined {
  if (!text || text.length > MAX_COMMAND_LENGTH) return undefined;
  const typed = normalizeReply(text);
  const has = (key: string) =>
    (text.trim() === '?' && key === 'commands.help') || words(key).some((word) => sameCommand(typed, word));
  if (has('commands.help')) return { kind: 'help' };
  if (has('commands.restart')) return { kind: 'restart' };
  if (has('commands.back')) return { kind: 'back' };
  if (has('commands.english')) return { kind: 'language', lang: 'en' };
  if (has('commands.french')) return { kind: 'language', lang: 'fr' };
  if (has('commands.greeting')) return { kind: 'greeting' };
  return undefined;
}

function sameCommand(typed: string, command: string): boolean {
  if (typed === command) return true;
  const oneWord = !typed.includes(' ') && !command.includes(' ');
  return oneWord && command.length >= MIN_FUZZY_LENGTH && editDistance(typed, command) <= 1;
}
