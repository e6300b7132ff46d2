import { translator } from '../../locales';
import { KnowledgeError } from '../errors';
import { exportTable } from '../export/rows';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../export/write-table';
import { loadKnowledgeBase } from '../load/load-knowledge-base';
import { LANGS } from '../types';
import { UsageError } from './args';
import { cliLanguage } from './cli-language';

const USAGE = `Usage: npm run --silent kb:export -- --format csv|xlsx|jsonl --out FILE [--kb DIR]

Writes a knowledge folder (default: the project's) as a table, one row per entry and language, that kb:import reads
back into the same entries. CSV: UTF-8 with BOM, ; separated (as French Excel opens it). XLSX: one sheet. JSON Lines.
Exit codes: 0 written, 1 invalid knowledge folder, 2 bad usage.`;

interface ExportOptions {
  format: ExportFormat;
  out: string;
  kb?: string;
  help: boolean;
}

function parse(argv: readonly string[]): ExportOptions {
  const args = argv.flatMap((arg) => (/^--[a-z]+=/.test(arg) ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]));
  const options: Partial<ExportOptions> & { help: boolean } = { help: false };
  for (let i = 0; i < args.length; i += 1) {
    const [arg, value] = [args[i] as string, args[i + 1]];
    const takesValue = ['--format', '--out', '--kb'].includes(arg);
    if (takesValue && (value === undefined || value.startsWith('--'))) throw new UsageError(`${arg} needs a value`);
    if (arg === '--format') options.format = value as ExportFormat;
    else if (arg === '--out') options.out = value;
    else if (arg === '--kb') options.kb = value;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg !== '--') throw new UsageError(`unknown argument ${arg}`);
    if (takesValue) i += 1;
  }
  if (options.help) return options as ExportOptions;
  if (!EXPORT_FORMATS.includes(options.format as ExportFormat)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (options.out === undefined) throw new UsageError('--out FILE is required');
  return options as ExportOptions;
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parse(argv);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const kb = loadKnowledgeBase(options.kb);
    const table = exportTable(kb);
    await writeExport(options.out, options.format, table);
    const languages = LANGS.map((lang) => `${lang} ${kb.entries.filter((entry) => entry.langs.includes(lang)).length}`).join(', ');
    const t = translator(cliLanguage(), 'cli');
    process.stdout.write(`${t('export.written', { rows: table.rows.length, entries: kb.entries.length, languages, file: options.out })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`kb:export: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof KnowledgeError) {
      process.stderr.write(`kb:export: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
