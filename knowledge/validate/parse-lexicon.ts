import { LANGS, type Lang, type LexiconGroup } from '../types';
import { checkKnownKeys, describe, isRecord, textList, type Reporter } from './checks';

function parseGroups(report: Reporter, lang: Lang, raw: unknown): LexiconGroup[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    report.fail(lang, `must be a list of term groups, found ${describe(raw)}`);
    return [];
  }
  const groups: LexiconGroup[] = [];
  raw.forEach((item: unknown, index) => {
    const field = `${lang}.${index}`;
    const terms = textList(report, item, field);
    if (terms === undefined) return;
    if (terms.length < 2) report.fail(field, 'a group needs at least two terms (synonyms or acronym and expansion)');
    else groups.push({ lang, terms });
  });
  return groups;
}

/** The lexicon file: `{ fr: [[term, …], …], en: [[term, …], …] }`. */
export function parseLexicon(report: Reporter, raw: unknown): LexiconGroup[] {
  if (raw === null || raw === undefined) return [];
  if (!isRecord(raw)) {
    report.fail(undefined, `must be a map of languages (fr, en), found ${describe(raw)}`);
    return [];
  }
  checkKnownKeys(report, raw, LANGS);
  return LANGS.flatMap((lang) => parseGroups(report, lang, raw[lang]));
}
