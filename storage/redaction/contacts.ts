import type { PatternRule } from './rule';

/** A separator users put inside long numbers. */
export const SEP = '[ .\\-\\u00A0]?';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** +33 6 12 34 56 78, 0033 6..., +33 (0)6..., then French national 06 12 34 56 78 / 06.12.34.56.78 / 0612345678. */
const FRENCH_PHONE = new RegExp(
  `(?<![\\d+])(?:(?:\\+|00)33${SEP}(?:\\(0\\)${SEP})?[1-9]|0[1-9])(?:${SEP}\\d{2}){4}(?!\\d)`,
  'g',
);

/** Other international numbers, 7 to 14 digits after the country code: +44 20 7946 0958, +1 (555) 123-4567. */
const INTERNATIONAL_PHONE = new RegExp(
  `(?<![\\d+])(?:\\+|00)[1-9]\\d{0,2}${SEP}(?:\\(\\d{1,4}\\)${SEP})?\\d(?:${SEP}\\d){6,13}(?!\\d)`,
  'g',
);

export const EMAIL_RULE: PatternRule = { kind: 'email', pattern: EMAIL };

export const PHONE_RULES: PatternRule[] = [
  { kind: 'phone', pattern: FRENCH_PHONE },
  { kind: 'phone', pattern: INTERNATIONAL_PHONE },
];
