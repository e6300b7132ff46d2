import { UsageError } from './args';

export interface ImportOptions {
  out: string;
  merge: boolean;
  lexicon?: string;
  files: string[];
  help: boolean;
}

export const IMPORT_USAGE = `Usage: npm run --silent kb:import -- --out DIR [--merge] [--lexicon FILE] FILE...

Turns FAQ exports into a knowledge folder that kb:check, ask --kb DIR and KNOWLEDGE_DIR=DIR accept as is.
FILE: .csv (, or ; separated, UTF-8 with or without BOM), .tsv, .xlsx (first sheet) or .jsonl, one row per answer
and language, headers in French or English (only answer/réponse is required; see README, "Importing an export").

Options:
  --out DIR        the folder to write: absent or empty, unless --merge
  --merge          update DIR: entries are matched by id (added, changed or unchanged); none is ever dropped
  --lexicon FILE   a lexicon file (acronym and synonym groups) merged into the folder's lexicon
  --help           this text

Exit codes: 0 every row imported, 1 some rows rejected (the others are written) or nothing valid to write,
2 bad usage (no file, unknown format, --out not empty without --merge).`;

function valueOf(args: readonly string[], index: number, flag: string): string {
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}

/** Parses `kb:import`'s arguments; `--flag=value` and `--flag value` are both accepted. */
export function parseImportArgs(argv: readonly string[]): ImportOptions {
  const args = argv.flatMap((arg) => (/^--[a-z]+=/.test(arg) ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]));
  const options: ImportOptions = { out: '', merge: false, files: [], help: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--out') options.out = valueOf(args, i++, arg);
    else if (arg === '--lexicon') options.lexicon = valueOf(args, i++, arg);
    else if (arg === '--merge') options.merge = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--') continue;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.help) return options;
  if (options.out === '') throw new UsageError('--out DIR is required');
  if (options.files.length === 0) throw new UsageError('give at least one file to import');
  return options;
}
