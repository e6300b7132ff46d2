import { KnowledgeError } from '../errors';
import { importTables } from '../import/import-rows';
import { planImport } from '../import/plan';
import { readTableFile } from '../import/read-table';
import { writeFolder } from '../import/write-folder';
import { Matcher } from '../match/matcher';
import { UsageError } from './args';
import { parseImportArgs, IMPORT_USAGE, type ImportOptions } from './import-args';
import { prepareBase, readExtraLexicon } from './import-base';
import { importSummary, refusal } from './import-summary';

async function readTables(files: readonly string[]) {
  try {
    return await Promise.all(files.map((file) => readTableFile(file)));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Reads, maps and validates every row, then writes the folder only if the whole of it is valid. */
async function run(options: ImportOptions): Promise<number> {
  const { base, facets, reference } = prepareBase(options.out, options.merge);
  const extraLexicon = readExtraLexicon(options.lexicon);
  const tables = await readTables(options.files);
  const detector = new Matcher(reference);
  const result = importTables(tables, { facets, detectLanguage: (text) => detector.detectLanguage(text) });
  const plan = planImport(result, base, extraLexicon);
  const summary = importSummary({ dir: options.out, files: tables.map((table) => table.file), merged: base.entries.length > 0, lexiconFile: options.lexicon, result, plan });
  if (plan.problems.length > 0 || plan.entries.length === 0) {
    process.stderr.write(`${summary}\n${refusal(plan.problems)}\n`);
    return 1;
  }
  await writeFolder(options.out, plan.files);
  process.stdout.write(`${summary}\n`);
  return result.rejected.length + plan.rejected.length > 0 ? 1 : 0;
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseImportArgs(argv);
    if (options.help) {
      process.stdout.write(`${IMPORT_USAGE}\n`);
      return 0;
    }
    return await run(options);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`kb:import: ${error.message}\n\n${IMPORT_USAGE}\n`);
      return 2;
    }
    if (error instanceof KnowledgeError) {
      process.stderr.write(`kb:import: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
