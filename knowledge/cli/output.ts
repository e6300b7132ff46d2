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

const VERDICT: Record<MatchResult['decision'], string> = {
  answer: 'confident answer',
  suggest: 'close call: did you mean one of these?',
  fallback: 'no good match: rephrase, or browse by facets',
};

/** What a person reads: the best entry's question and answer when confident, then the other matches. */
export function humanReport(result: MatchResult, entry: (id: string) => Entry | undefined): string {
  const lines: string[] = [];
  const best = result.matches[0];
  const bestEntry = best === undefined ? undefined : entry(best.id);
  if (result.decision === 'answer' && best !== undefined && bestEntry !== undefined) {
    lines.push(`# ${bestEntry.question[result.lang]}`, '', bestEntry.answer[result.lang].trim(), '');
    lines.push(`Source: ${bestEntry.source} (updated ${bestEntry.updated})`, '');
  }
  lines.push(`Decision: ${result.decision} — ${VERDICT[result.decision]} [language: ${result.lang}]`);
  if (result.relaxed) lines.push('Note: nothing confident within the chosen facets; these come from the whole base.');
  const others = result.decision === 'answer' ? result.matches.slice(1) : result.matches;
  if (others.length > 0) {
    lines.push(result.decision === 'answer' ? 'Other matches:' : 'Matches:');
    for (const match of others) lines.push(`  ${match.score.toFixed(2)}  ${match.id} — ${match.question}`);
  }
  return lines.join('\n');
}
