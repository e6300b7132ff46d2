import { createInterface } from 'node:readline';
import { QueryError } from '../errors';
import type { Matcher } from '../match/matcher';
import type { QueryLang } from '../types';
import { resultLine } from './output';

interface BatchDefaults {
  lang: string;
  facets: Record<string, string>;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string');
}

/** One input line to one output line; throws with a message fit for the `error` field. */
function answerLine(matcher: Matcher, line: string, defaults: BatchDefaults): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('expected a JSON object');
  const { text, lang = defaults.lang, facets = {} } = parsed as Record<string, unknown>;
  if (typeof text !== 'string' || text.trim() === '') throw new Error('"text" must be a non-empty string');
  if (typeof lang !== 'string' || !['fr', 'en', 'auto'].includes(lang)) throw new Error('"lang" must be fr, en or auto');
  if (!isStringRecord(facets)) throw new Error('"facets" must be an object of facet: value strings');
  return resultLine(matcher.match({ text, lang: lang as QueryLang, facets: { ...defaults.facets, ...facets } }));
}

/** Answers JSON lines from `input` in order; returns how many lines failed. Blank lines are skipped. */
export async function runBatch(
  matcher: Matcher,
  input: NodeJS.ReadableStream,
  write: (line: string) => void,
  defaults: BatchDefaults,
): Promise<number> {
  let failures = 0;
  let number = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    number += 1;
    if (line.trim() === '') continue;
    try {
      write(answerLine(matcher, line, defaults));
    } catch (error) {
      failures += 1;
      const message = error instanceof QueryError ? error.message.replace(/^\[matcher\] /, '') : (error as Error).message;
      write(JSON.stringify({ error: message, line: number }));
    }
  }
  return failures;
}
