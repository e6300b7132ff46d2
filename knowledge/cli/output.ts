import { translator } from '../../locales';
import type { Entry, MatchResult } from '../types';

/** The JSON line printed by `ask --json` and `--batch`: scores rounded for stable, readable output. */
export function resultLine(result: MatchResult): string {
  return JSON.stringify({
    lang: result.lang,
    decision: result.decision,
    relaxed: result.relaxed,
    matches: result.matches.map((match) => ({ id: match.id, score: Math.round(match.score * 10_000) / 10_000, question: match.question })),
  });
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
  if (result.decision === 'answer' && best !== undefined && bestEntry !== undefined) {
    lines.push(`# ${bestEntry.question[result.lang]}`, '', bestEntry.answer[result.lang].trim(), '');
    lines.push(t('report.source', { source: bestEntry.source, updated: bestEntry.updated }), '');
  }
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
