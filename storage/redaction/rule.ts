/** What redaction replaces, and by what. Placeholders are language-neutral. */
export const PII_PLACEHOLDERS = {
  iban: '[IBAN]',
  email: '[EMAIL]',
  nir: '[NIR]',
  rpps: '[RPPS]',
  adeli: '[ADELI]',
  finess: '[FINESS]',
  phone: '[PHONE]',
  address: '[ADDRESS]',
  name: '[NAME]',
  date: '[DATE]',
  health: '[HEALTH]',
} as const;

export type PiiKind = keyof typeof PII_PLACEHOLDERS;

/** One match of a rule: the personal part (`pii`), what surrounds it in the match, and where it is in the text. */
export interface Hit {
  pii: string;
  before: string;
  after: string;
  /** Index of `pii` in `input`. */
  start: number;
  input: string;
  groups: Record<string, string | undefined>;
}

/**
 * A pattern (global) whose named group `pii` is the personal part; `before` and `after`, when present, are kept
 * (a civility, a keyword, the words that give the context). Without `pii`, the whole match is personal.
 */
export interface PatternRule {
  kind: PiiKind;
  pattern: RegExp;
  /** Context decides: false keeps the match as it is. */
  accept?: (hit: Hit) => boolean;
}

/** A rule that is easier written as code than as one pattern (names read word by word). */
export interface CustomRule {
  kind: PiiKind;
  redact: (text: string, placeholder: string, found: PiiKind[]) => string;
}

export type Rule = PatternRule | CustomRule;

type Groups = Record<string, string | undefined>;

function hitOf(args: unknown[]): Hit {
  const hasGroups = typeof args[args.length - 1] === 'object' && args[args.length - 1] !== null;
  const groups = (hasGroups ? args[args.length - 1] : {}) as Groups;
  const input = args[args.length - (hasGroups ? 2 : 1)] as string;
  const offset = args[args.length - (hasGroups ? 3 : 2)] as number;
  const match = args[0] as string;
  const pii = groups.pii ?? match;
  const before = groups.pii === undefined ? '' : (groups.before ?? '');
  const after = groups.pii === undefined ? '' : match.slice(before.length + pii.length);
  return { pii, before, after, start: offset + before.length, input, groups };
}

export function applyRule(text: string, rule: Rule, found: PiiKind[]): string {
  const placeholder = PII_PLACEHOLDERS[rule.kind];
  if ('redact' in rule) return rule.redact(text, placeholder, found);
  return text.replace(rule.pattern, (...args: unknown[]) => {
    const hit = hitOf(args);
    if (rule.accept && !rule.accept(hit)) return args[0] as string;
    found.push(rule.kind);
    return `${hit.before}${placeholder}${hit.after}`;
  });
}
