import { translator } from '../../locales';
import { answerFor, shownLanguage, titleFor } from '../entry/languages';
import type { Entry, Lang, MatchResult } from '../types';

/** The JSON line printed by `ask --json` and `--batch`: scores rounded for stable, readable output. */
export function resultLine(result: MatchResult): string {
  return JSON.stringify({
    lang: result.lang,
    decision: result.decision,
    relaxed: result.relaxed,
    matches: result.matches.map((match) => ({ id: match.id, score: Math.round(match.score * 10_000) / 10_000, question: match.question })),
  });
}

/** The answer as a user of `lang` gets it: in its own language, with a notice, when it is not written in `lang`. */
function answerLines(entry: Entry, lang: Lang): string[] {
  const t = translator(lang, 'cli');
  const shown = shownLanguage(entry, lang);
  const lines = [...(shown === lang ? [] : [t(`report.onlyIn.${shown}`)]), `# ${titleFor(entry, shown)}`, '', answerFor(entry, shown).trim(), ''];
  const { source, updated } = entry;
  if (source !== undefined) lines.push(updated === undefined ? t('report.sourceUndated', { source }) : t('report.source', { source, updated }), '');
  else if (updated !== undefined) lines.push(t('report.updated', { updated }), '');
  return lines;
}

/**
 * What a person reads, in the question's language: the best entry's question and answer when confident, then the
 * other matches. The decision stays the code `--json` prints (answer, suggest, fallback), explained beside it.
 */
export function humanReport(result: MatchResult, entry: (id: string) => Entry | undefined): string {
  const t = translator(result.lang, 'cli');
  const lines: string[] = [];
  const best = result.matches[0];
  const bestEntry = best === undefined ? undefined : entry(best.id);
  if (result.decision === 'answer' && best !== undefined && bestEntry !== undefined) lines.push(...answerLines(bestEntry, result.lang));
  const verdict = t(`report.verdict.${result.decision}`);
  lines.push(t('report.decision', { decision: result.decision, verdict, lang: result.lang }));
  if (result.relaxed) lines.push(t('report.relaxed'));
  const others = result.decision === 'answer' ? result.matches.slice(1) : result.matches;
  if (others.length > 0) {
    lines.push(t(result.decision === 'answer' ? 'report.otherMatches' : 'report.matches'));
    const score = new Intl.NumberFormat(result.lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    for (const match of others) lines.push(`  ${score.format(match.score)}  ${match.id} — ${match.question}`);
  }
  return lines.join('\n');
}
