/**
 * PII redaction for any user text before it is stored. It errs on the side of privacy: a shape that looks like
 * an IBAN, an email address, a French social-security number (NIR) or a phone number is replaced, checksum or not,
 * since a typo in a real number is still personal data. Placeholders are language-neutral.
 */

export const PII_PLACEHOLDERS = {
  iban: '[IBAN]',
  email: '[EMAIL]',
  nir: '[NIR]',
  phone: '[PHONE]',
} as const;

export type PiiKind = keyof typeof PII_PLACEHOLDERS;

/** A separator users put inside long numbers. */
const SEP = '[ .\\-\\u00A0]?';

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

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * NIR: sex (1, 2; 3, 4, 7, 8 for provisional numbers), year, month, department (digits or 2A/2B for Corsica),
 * commune, order number, then an optional 2-digit key; with or without separators.
 */
const NIR_BODY = ['[1-478]', '\\d{2}', '\\d{2}', '(?:\\d{2}|2[AB])', '\\d{3}', '\\d{3}'].join(SEP);
const NIR = new RegExp(`(?<![\\p{L}\\p{N}])${NIR_BODY}(?:${SEP}\\d{2})?(?![\\p{L}\\p{N}])`, 'giu');

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

/** Order matters: IBANs and NIRs contain digit runs the phone patterns would otherwise eat in part. */
const RULES: Array<{ kind: PiiKind; pattern: RegExp; accept?: (match: string) => boolean }> = [
  { kind: 'iban', pattern: IBAN, accept: (match) => countDigits(match) >= IBAN_MIN_DIGITS },
  { kind: 'email', pattern: EMAIL },
  { kind: 'nir', pattern: NIR },
  { kind: 'phone', pattern: FRENCH_PHONE },
  { kind: 'phone', pattern: INTERNATIONAL_PHONE },
];

export interface RedactionResult {
  text: string;
  /** What was replaced, in rule order (one entry per replacement). */
  found: PiiKind[];
}

/** Replaces personal data in `text` by placeholders and says what it found. */
export function redactPiiDetailed(text: string): RedactionResult {
  const found: PiiKind[] = [];
  const redacted = RULES.reduce(
    (current, { kind, pattern, accept }) =>
      current.replace(pattern, (match) => {
        if (accept && !accept(match)) {
          return match;
        }
        found.push(kind);
        return PII_PLACEHOLDERS[kind];
      }),
    text,
  );
  return { text: redacted, found };
}

/** Replaces personal data in `text` by `[EMAIL]`, `[PHONE]`, `[NIR]`, `[IBAN]`. */
export function redactPii(text: string): string {
  return redactPiiDetailed(text).text;
}

function countDigits(text: string): number {
  return text.replace(/\D/g, '').length;
}
