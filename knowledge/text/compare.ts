import { foldAccents, normalizeText } from './unicode';

/**
 * A short text as typed replies, commands and phrases are compared: compatibility forms made plain (ligatures,
 * full-width letters, ’), lower case, accents and ligature letters folded (é → e, œ → oe, æ → ae, ß → ss), and every
 * run of anything but letters and digits one space. "Peu  importe !" and "peu importe" compare equal.
 */
export function comparable(text: string): string {
  return foldAccents(normalizeText(text))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of `comparable(text)`; none for a text without letters or digits. */
export function comparableWords(text: string): string[] {
  const words = comparable(text);
  return words ? words.split(' ') : [];
}
