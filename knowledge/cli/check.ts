import { KnowledgeError } from '../errors';
import { loadKnowledgeBase } from '../load/load-knowledge-base';
import { defaultContentDir } from '../load/content-dir';

const USAGE = `Usage: npm run kb:check [-- --kb DIR]

Validates a knowledge folder (entries/*.yaml, facets.yaml, lexicon.yaml) and lists every problem found.
Exit codes: 0 valid, 1 invalid, 2 bad usage.`;

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
    const kb = loadKnowledgeBase(options.dir);
    const groups = kb.lexicon.length;
    process.stdout.write(`${kb.dir}: ${kb.entries.length} entries, ${kb.facets.length} facets, ${groups} lexicon groups: valid.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
