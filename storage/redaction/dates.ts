import { dateContext, PERSONAL_BEFORE_YEAR } from './date-context';
import type { Hit, PatternRule } from './rule';

/**
 * Dates in the forms people write them: 12/03/1985, 12-03-85, 12.03.1985, 1985-03-12, 12 mars 1985, 1er mars 1985,
 * lundi 5 mai 1975, March 12, 1985, 12th March 1985, the 3rd of June 1978; and, after "né(e) en / born in", a month
 * and year or a year alone. Which dates are personal is decided by `dateContext`.
 */
const FR_MONTH =
  '(?:janvier|janv\\.?|février|fevrier|févr\\.?|fevr\\.?|fév\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|' +
  'août|aout|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|décembre|decembre|déc\\.?|dec\\.?)';
const EN_MONTH =
  '(?:January|Jan\\.?|February|Feb\\.?|March|Mar\\.?|April|Apr\\.?|May|June|Jun\\.?|July|Jul\\.?|August|Aug\\.?|' +
  'September|Sept\\.?|Sep\\.?|October|Oct\\.?|November|Nov\\.?|December|Dec\\.?)';
const WEEKDAY =
  '(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const YEAR = '(?<year>1[89]\\d{2}|20\\d{2})';
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}.,/-])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}]|[./-]\\d)';

const NUMERIC = `${EDGE_BEFORE}(?<d1>\\d{1,2})(?<sep>[/-])(?<d2>\\d{1,2})\\k<sep>(?<short>\\d{4}|\\d{2})${EDGE_AFTER}`;
const DOTTED = `${EDGE_BEFORE}(?<dd1>\\d{1,2})\\.(?<dd2>\\d{1,2})\\.(?<dyear>1[89]\\d{2}|20\\d{2})${EDGE_AFTER}`;
const ISO = `${EDGE_BEFORE}(?<iyear>1[89]\\d{2}|20\\d{2})(?<isep>[/-])(?:0?[1-9]|1[0-2])\\k<isep>${DAY}${EDGE_AFTER}`;
const FR_TEXT = `${WEEKDAY}(?:1er|1ᵉʳ|premier|${DAY})\\s+${FR_MONTH}\\s+(?<fyear>\\d{4})`;
const EN_DAY_MONTH = `${WEEKDAY}(?:the\\s+)?${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH},?\\s+(?<eyear>\\d{4})`;
const EN_MONTH_DAY = `${WEEKDAY}${EN_MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+(?<myear>\\d{4})`;

const FULL_DATE = new RegExp(
  `(?:${NUMERIC}|${DOTTED}|${ISO}|(?<![\\p{L}\\p{N}])(?:${FR_TEXT}|${EN_DAY_MONTH}|${EN_MONTH_DAY})(?![\\p{L}\\p{N}]))`,
  'giu',
);

/** "12 mars", "March 12th", "the 3rd of June": personal after a date-of-birth or care cue. */
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])${WEEKDAY}(?:(?:1er|premier|${DAY})\\s+${FR_MONTH}|(?:the\\s+)?${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH}|${EN_MONTH}\\s+${DAY}(?:st|nd|rd|th)?)(?![\\p{L}\\p{N}])`,
  'giu',
);

/** "mars 1985", "May 1964", "1972": personal only right after a date-of-birth cue. */
const PARTIAL_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${FR_MONTH}|${EN_MONTH})\\s+)?${YEAR}(?![\\p{L}\\p{N}])`, 'giu');

function twoDigitYear(year: number): number {
  return year < 100 ? (year <= 30 ? 2000 + year : 1900 + year) : year;
}

function isCalendarDate(groups: Hit['groups']): boolean {
  const first = Number(groups.d1 ?? groups.dd1 ?? 1);
  const second = Number(groups.d2 ?? groups.dd2 ?? 1);
  const dayMonth = first >= 1 && first <= 31 && second >= 1 && second <= 12;
  const monthDay = first >= 1 && first <= 12 && second >= 1 && second <= 31;
  return dayMonth || monthDay;
}

function yearOf(groups: Hit['groups']): number {
  const raw = groups.short ?? groups.dyear ?? groups.iyear ?? groups.fyear ?? groups.eyear ?? groups.myear ?? '2100';
  return twoDigitYear(Number(raw));
}

function personalFullDate(hit: Hit): boolean {
  if (!isCalendarDate(hit.groups)) return false;
  const context = dateContext(hit.input, hit.start);
  if (context === 'birth' || context === 'care' || context === 'person') return true;
  return context === 'none' && yearOf(hit.groups) < PERSONAL_BEFORE_YEAR;
}

export const DATE_RULES: PatternRule[] = [
  { kind: 'date', pattern: FULL_DATE, accept: personalFullDate },
  { kind: 'date', pattern: DAY_MONTH, accept: (hit) => ['birth', 'care'].includes(dateContext(hit.input, hit.start)) },
  { kind: 'date', pattern: PARTIAL_DATE, accept: (hit) => dateContext(hit.input, hit.start) === 'birth' },
];
