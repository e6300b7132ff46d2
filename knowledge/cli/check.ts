import { translator } from '../../locales';
import { formatProblem, KnowledgeError } from '../errors';
import { defaultContentDir } from '../load/content-dir';
import { loadKnowledgeBase } from '../load/load-knowledge-base';
import { LANGS, type KnowledgeBase } from '../types';
import { derivedTitleCount, knowledgeWarnings } from '../validate/warnings';
import { cliLanguage } from './cli-language';

const USAGE = `Usage: npm run kb:check [-- --kb DIR]

Validates a knowledge folder (entries/*.yaml, facets.yaml, lexicon.yaml, calibration.yaml if any), lists every
problem found, then warnings: entries without a question of their own or without alternates.
Exit codes: 0 valid (warnings or not), 1 invalid, 2 bad usage.`;

function parse(argv: readonly string[]): { dir: string; help: boolean } | string {
  let dir = defaultContentDir();
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--kb' && argv[i + 1] !== undefined) dir = argv[++i] as string;
    else if (arg.startsWith('--kb=')) dir = arg.slice('--kb='.length);
    else if (arg !== '--') return `unknown argument ${arg}`;
  }
  return { dir, help };
}

/** The report of a valid base: what it holds, how many titles were derived, then its warnings. */
export function checkReport(kb: KnowledgeBase): string {
  const t = translator(cliLanguage(), 'cli');
  const languages = LANGS.map((lang) => `${lang} ${kb.entries.filter((entry) => entry.langs.includes(lang)).length}`).join(', ');
  const thresholds = kb.calibration.from === undefined ? t('check.defaultThresholds') : t('check.calibratedThresholds', { file: kb.calibration.from.file });
  const warnings = knowledgeWarnings(kb);
  return [
    t('check.valid', { dir: kb.dir, entries: kb.entries.length, languages, facets: kb.facets.length, groups: kb.lexicon.length }),
    thresholds,
    t('check.derivedTitles', { count: derivedTitleCount(kb) }),
    ...(warnings.length === 0 ? [] : [t('check.warnings', { count: warnings.length }), ...warnings.map((warning) => `  - ${formatProblem(warning)}`)]),
  ].join('\n');
}

function main(argv: readonly string[]): number {
  const options = parse(argv);
  if (typeof options === 'string') {
    process.stderr.write(`kb:check: ${options}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    process.stdout.write(`${checkReport(loadKnowledgeBase(options.dir))}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
