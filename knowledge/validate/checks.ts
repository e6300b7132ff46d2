import type { KnowledgeProblem, Locator } from '../errors';
import { LANGS, type Lang, type Localized } from '../types';

/** Where problems found in one document (and possibly one entry) are reported, each located by the document's source. */
export class Reporter {
  constructor(
    private readonly locator: Locator,
    private readonly problems: KnowledgeProblem[],
    /** Set as soon as the entry's id is read, so that later problems name the entry. */
    public entryId?: string,
  ) {}

  fail(field: string | undefined, message: string): void {
    this.problems.push({ at: this.locator.locate(field), entryId: this.entryId, field, message });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a map' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Reports every key of `record` outside `allowed`. */
export function checkKnownKeys(
  report: Reporter,
  record: Record<string, unknown>,
  allowed: readonly string[],
  prefix = '',
): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      report.fail(`${prefix}${key}`, `unknown field "${key}" (expected one of: ${allowed.join(', ')})`);
    }
  }
}

export function nonEmptyText(report: Reporter, value: unknown, field: string): string | undefined {
  if (typeof value !== 'string') {
    report.fail(field, value === undefined ? 'is missing' : `must be text, found ${describe(value)}`);
    return undefined;
  }
  if (value.trim() === '') {
    report.fail(field, 'is empty');
    return undefined;
  }
  return value.trim();
}

/** A value given in every language, e.g. `{ fr: "…", en: "…" }`. */
export function localized<T>(
  report: Reporter,
  value: unknown,
  field: string,
  readOne: (item: unknown, field: string) => T | undefined,
): Localized<T> | undefined {
  if (!isRecord(value)) {
    report.fail(field, value === undefined ? 'is missing' : `must be a map of languages (fr, en), found ${describe(value)}`);
    return undefined;
  }
  checkKnownKeys(report, value, LANGS, `${field}.`);
  const result: Partial<Localized<T>> = {};
  for (const lang of LANGS) {
    if (value[lang] === undefined) {
      report.fail(`${field}.${lang}`, `missing language "${lang}"`);
      continue;
    }
    result[lang] = readOne(value[lang], `${field}.${lang}`);
  }
  return LANGS.every((lang: Lang) => result[lang] !== undefined) ? (result as Localized<T>) : undefined;
}

/** A value given in some languages, e.g. `{ fr: "…" }`; only the languages that read well are kept. */
export function someLanguages<T>(
  report: Reporter,
  value: unknown,
  field: string,
  readOne: (item: unknown, field: string) => T | undefined,
): Partial<Localized<T>> | undefined {
  if (!isRecord(value)) {
    report.fail(field, `must be a map of languages (fr, en), found ${describe(value)}`);
    return undefined;
  }
  checkKnownKeys(report, value, LANGS, `${field}.`);
  const result: Partial<Localized<T>> = {};
  let complete = true;
  for (const lang of LANGS) {
    if (value[lang] === undefined) continue;
    const read = readOne(value[lang], `${field}.${lang}`);
    if (read === undefined) complete = false;
    else result[lang] = read;
  }
  return complete ? result : undefined;
}

export function localizedText(report: Reporter, value: unknown, field: string): Localized | undefined {
  return localized(report, value, field, (item, itemField) => nonEmptyText(report, item, itemField));
}

export function textList(report: Reporter, value: unknown, field: string): string[] | undefined {
  if (!Array.isArray(value)) {
    report.fail(field, `must be a list of texts, found ${describe(value)}`);
    return undefined;
  }
  const items = value.map((item, index) => nonEmptyText(report, item, `${field}.${index}`));
  return items.every((item): item is string => item !== undefined) ? items : undefined;
}

export function httpUrl(report: Reporter, value: unknown, field: string): string | undefined {
  const text = nonEmptyText(report, value, field);
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol === 'https:' || url.protocol === 'http:') return text;
  } catch {
    // reported below
  }
  report.fail(field, `bad URL ${JSON.stringify(text)} (expected http:// or https://)`);
  return undefined;
}

/** A real calendar date written YYYY-MM-DD (YAML may also hand us a Date). */
export function isoDate(report: Reporter, value: unknown, field: string): string | undefined {
  const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
  if (typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const parsed = new Date(`${text}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text) return text;
  }
  report.fail(field, value === undefined ? 'is missing' : `bad date ${JSON.stringify(value)} (expected YYYY-MM-DD)`);
  return undefined;
}
