import { normalizeCompatibility } from './unicode';

/** What a character is to the tokeniser (see tokenize.ts), judged after compatibility normalisation. */
export const WORD = 1;
/** An apostrophe or a hyphen: inside a token when letters or digits follow. */
export const JOINER = 2;
export const SEPARATOR = 3;
/**
 * A character the fast path cannot judge alone, so that a text holding one takes the general path: combining marks
 * and Hangul jamo (normalisation composes them with their neighbours), surrogates (characters beyond this table),
 * and characters that normalise into a mix of classes ("½" → "1⁄2").
 */
export const COMPLEX = 4;

const WORD_CHARS = /^[\p{L}\p{N}]+$/u;
const JOINER_CHARS = /^['-]$/;
const SEPARATOR_CHARS = /^[^\p{L}\p{N}'\-\p{M}]+$/u;

function classify(code: number): number {
  if ((code >= 0xd800 && code <= 0xdfff) || (code >= 0x1100 && code <= 0x11ff)) return COMPLEX;
  const char = String.fromCharCode(code);
  if (/\p{M}/u.test(char)) return COMPLEX;
  const normalized = normalizeCompatibility(char);
  if (WORD_CHARS.test(normalized)) return WORD;
  if (JOINER_CHARS.test(normalized)) return JOINER;
  return SEPARATOR_CHARS.test(normalized) ? SEPARATOR : COMPLEX;
}

/** Character classes of the Basic Multilingual Plane, each worked out the first time it is met (0 until then). */
export class CharClasses {
  readonly known = new Uint8Array(0x10000);

  /** The class of a character not known yet. */
  learn(code: number): number {
    const found = classify(code);
    this.known[code] = found;
    return found;
  }
}
