import { ADDRESS_RULES } from './redaction/addresses';
import { EMAIL_RULE, PHONE_RULES } from './redaction/contacts';
import { DATE_RULES } from './redaction/dates';
import { HEALTH_RULES } from './redaction/health';
import { BARE_RPPS_RULE, IBAN_RULE, NAMED_NUMBER_RULES, NIR_RULE } from './redaction/identifiers';
import { CUED_NAME_RULES, FIRST_AND_LAST_NAME_RULE } from './redaction/names';
import { applyRule, PII_PLACEHOLDERS, type PiiKind, type Rule } from './redaction/rule';

/**
 * Redaction of what people type, before anything is stored. It errs on the side of privacy: a shape that looks like
 * personal data is replaced, checksum or not. What it covers, and what it deliberately leaves (acronyms, product
 * names, dates of FAQ updates and texts of law), is in the README's "Persistence and privacy" section; the corpus
 * and benchmark that measure it are in `tests/storage/redaction/` and `bench/redaction/`.
 */
export { PII_PLACEHOLDERS, type PiiKind };

/**
 * Order matters: long numbers first (an IBAN or a NIR holds digit runs a phone pattern would eat in part), then
 * addresses (a street may bear a person's name), names (dates and health details read "[NAME]" as a person), dates,
 * and health details last.
 */
const RULES: readonly Rule[] = [
  IBAN_RULE,
  EMAIL_RULE,
  NIR_RULE,
  ...NAMED_NUMBER_RULES,
  ...PHONE_RULES,
  BARE_RPPS_RULE,
  ...ADDRESS_RULES,
  ...CUED_NAME_RULES,
  FIRST_AND_LAST_NAME_RULE,
  ...DATE_RULES,
  ...HEALTH_RULES,
];

export interface RedactionResult {
  text: string;
  /** What was replaced, in rule order (one entry per replacement). */
  found: PiiKind[];
}

/** Replaces personal data in `text` by placeholders (`[NAME]`, `[DATE]`…) and says what it found. */
export function redactPiiDetailed(text: string): RedactionResult {
  const found: PiiKind[] = [];
  const redacted = RULES.reduce((current, rule) => applyRule(current, rule, found), text);
  return { text: redacted, found };
}

/** Replaces personal data in `text` by placeholders (see `PII_PLACEHOLDERS`). */
export function redactPii(text: string): string {
  return redactPiiDetailed(text).text;
}
