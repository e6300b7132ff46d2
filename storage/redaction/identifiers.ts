import { SEP } from './contacts';
import type { PatternRule } from './rule';

/**
 * Numbers that identify a person or a health professional. A shape is replaced, checksum or not: a typo in a real
 * number is still personal data.
 */

/**
 * FR76 3000 6000 0112 3456 7890 189, GB29NWBK60161331926819: country, check digits, then 11 to 30 alphanumerics,
 * compact or in groups of 4. Groups after the first must hold a digit, so a word following an IBAN is not eaten.
 */
const IBAN_SPACE = '[ \\u00A0]';
const IBAN = new RegExp(
  '\\b[A-Z]{2}\\d{2}(?:[A-Z0-9]{11,30}' +
    `|${IBAN_SPACE}[A-Z0-9]{4}(?:${IBAN_SPACE}(?=[A-Z]{0,3}\\d)[A-Z0-9]{4}){1,6}` +
    `(?:${IBAN_SPACE}(?=[A-Z]{0,2}\\d)[A-Z0-9]{1,3})?)\\b`,
  'gi',
);
/** Real IBANs are mostly digits; this keeps "FR12 abcd efgh ijkl" (words) out. */
const IBAN_MIN_DIGITS = 10;

/**
 * NIR: sex (1, 2; 3, 4, 7, 8 for provisional numbers), year, month, department (digits or 2A/2B for Corsica),
 * commune, order number, then an optional 2-digit key; with or without separators.
 */
const NIR_BODY = ['[1-478]', '\\d{2}', '\\d{2}', '(?:\\d{2}|2[AB])', '\\d{3}', '\\d{3}'].join(SEP);
const NIR = new RegExp(`(?<![\\p{L}\\p{N}])${NIR_BODY}(?:${SEP}\\d{2})?(?![\\p{L}\\p{N}])`, 'giu');

/** A number named by its keyword a few words before it: "RPPS : 101…", "n° ADELI de l'infirmière est 75…". */
function afterKeyword(keyword: string, number: string): RegExp {
  return new RegExp(`(?<before>\\b${keyword}\\b[^\\d\\n]{0,40}?)(?<pii>${number})(?![\\p{L}\\p{N}])`, 'giu');
}

/** `count` digits, each maybe preceded by a space, a dot or a dash (numbers are typed in groups). */
function digits(count: number): string {
  return `\\d(?:[ .\\u00A0-]?\\d){${count - 1}}`;
}

/** RPPS: 11 digits. FINESS: 9 characters, the department first (2A, 2B in Corsica). ADELI: 9 digits. */
const RPPS_NAMED = afterKeyword('RPPS', digits(11));
const RPPS_BARE = /(?<![\p{L}\p{N}+.,])\d{11}(?![\p{L}\p{N}]|[.,]\d)/gu;
const ADELI_NAMED = afterKeyword('ADELI', digits(9));
const FINESS_NAMED = afterKeyword('FINESS', `(?:2[AB]|\\d[ .]?\\d)(?:[ .]?\\d){7}`);
const FINESS_CORSICA = /(?<![\p{L}\p{N}])2[AB]\d{7}(?![\p{L}\p{N}])/gu;

export const IBAN_RULE: PatternRule = {
  kind: 'iban',
  pattern: IBAN,
  accept: (hit) => hit.pii.replace(/\D/g, '').length >= IBAN_MIN_DIGITS,
};

export const NIR_RULE: PatternRule = { kind: 'nir', pattern: NIR };

/** Named numbers first (the keyword tells which), then the shapes that speak for themselves. */
export const NAMED_NUMBER_RULES: PatternRule[] = [
  { kind: 'rpps', pattern: RPPS_NAMED },
  { kind: 'adeli', pattern: ADELI_NAMED },
  { kind: 'finess', pattern: FINESS_NAMED },
  { kind: 'finess', pattern: FINESS_CORSICA },
];

/** An 11-digit number on its own is an RPPS number (a French phone number has 10, a NIR 13 or 15). */
export const BARE_RPPS_RULE: PatternRule = { kind: 'rpps', pattern: RPPS_BARE };
