import { translator } from '../../locales';
import { formatLocation, formatProblem, type KnowledgeProblem } from '../errors';
import type { ImportResult } from '../import/import-rows';
import type { ImportPlan } from '../import/plan';
import { LANGS } from '../types';
import { cliLanguage } from './cli-language';

export interface ImportOutcome {
  dir: string;
  files: readonly string[];
  merged: boolean;
  lexiconFile?: string;
  result: ImportResult;
  plan: ImportPlan;
}

function languages(result: ImportResult): string {
  return LANGS.map((lang) => `${lang} ${result.entries.filter(({ entry }) => entry.langs.includes(lang)).length}`).join(', ');
}

/** The report an editor reads after an import: what was read, written, derived and created, and every rejected row. */
export function importSummary(outcome: ImportOutcome): string {
  const t = translator(cliLanguage(), 'cli');
  const { result, plan } = outcome;
  const { added, changed, unchanged, kept } = plan.report;
  const rejected = [...result.rejected, ...plan.rejected];
  const derived = result.entries.reduce((sum, { entry }) => sum + entry.langs.filter((lang) => entry.question[lang] === undefined).length, 0);
  const lines = [
    t('import.read', { rows: result.rowsRead, files: outcome.files.join(', ') }),
    outcome.merged
      ? t('import.merged', { dir: outcome.dir, added: added.length, changed: changed.length, unchanged: unchanged.length, kept: kept.length })
      : t('import.written', { dir: outcome.dir, count: added.length }),
    t('import.languages', { languages: languages(result), detected: result.languagesDetected }),
    t('import.titles', { count: derived }),
  ];
  if (result.newValues.length > 0) {
    lines.push(t('import.newValues', { count: result.newValues.length }));
    lines.push(...result.newValues.map(({ facet, value }) => `  - ${facet}: ${value.id} « ${value.label.fr} »`));
  }
  if (outcome.lexiconFile !== undefined) lines.push(t('import.lexicon', { count: plan.addedLexiconTerms, file: outcome.lexiconFile }));
  if (result.ignoredColumns.length > 0) {
    lines.push(t('import.ignored', { columns: result.ignoredColumns.map(({ file, header }) => `${file} "${header}"`).join(', ') }));
  }
  if (rejected.length > 0) {
    lines.push(t('import.rejected', { count: rejected.length }));
    lines.push(...rejected.map((row) => `  - ${formatLocation(row.at)}: ${row.reason}`));
  }
  return lines.join('\n');
}

/** Why nothing was written: the planned folder's problems (a bug if ever seen), or no row at all. */
export function refusal(problems: readonly KnowledgeProblem[]): string {
  const t = translator(cliLanguage(), 'cli');
  if (problems.length === 0) return t('import.nothingWritten');
  return [t('import.invalid'), ...problems.map((problem) => `  - ${formatProblem(problem)}`)].join('\n');
}
