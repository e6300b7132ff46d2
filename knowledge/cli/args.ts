/** A command line the tool cannot run: the message says what to fix; the exit code is 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface AskOptions {
  lang: string;
  facets: Record<string, string>;
  kb?: string;
  json: boolean;
  batch: boolean;
  help: boolean;
  question: string;
}

function valueOf(args: readonly string[], index: number, flag: string): string {
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}

function parseFacet(text: string): [string, string] {
  const at = text.indexOf('=');
  if (at <= 0 || at === text.length - 1) throw new UsageError(`--facet expects NAME=VALUE, got "${text}"`);
  return [text.slice(0, at), text.slice(at + 1)];
}

/** Parses `ask`'s arguments; `--flag=value` and `--flag value` are both accepted. */
export function parseAskArgs(argv: readonly string[]): AskOptions {
  const args = argv.flatMap((arg) => (/^--[a-z]+=/.test(arg) ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]));
  const options: AskOptions = { lang: 'auto', facets: {}, json: false, batch: false, help: false, question: '' };
  const words: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--lang') options.lang = valueOf(args, i++, arg);
    else if (arg === '--kb') options.kb = valueOf(args, i++, arg);
    else if (arg === '--facet') {
      const [name, value] = parseFacet(valueOf(args, i++, arg));
      options.facets[name] = value;
    } else if (arg === '--json') options.json = true;
    else if (arg === '--batch') options.batch = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--') continue;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  options.question = words.join(' ').trim();
  if (!['fr', 'en', 'auto'].includes(options.lang)) throw new UsageError(`unknown language "${options.lang}" (expected fr, en or auto)`);
  if (!options.help && !options.batch && options.question === '') throw new UsageError('the question is empty');
  if (options.batch && options.question !== '') throw new UsageError('--batch reads questions from stdin: give no question argument');
  return options;
}

export const ASK_USAGE = `Usage: npm run --silent ask -- [options] "question"
       npm run --silent ask -- --batch [options] < questions.jsonl

Finds the knowledge entries answering a question.

Options:
  --lang fr|en|auto    language of the question (default: auto, French when undecided)
  --facet NAME=VALUE   restrict to a facet value (repeatable), e.g. --facet offer=segur
  --kb DIR             another knowledge folder (entries/, facets.yaml, lexicon.yaml)
  --json               one JSON line: {"lang","decision","relaxed","matches":[{"id","score","question"}]}
  --batch              read JSON lines {"text","lang"?,"facets"?} on stdin, write one JSON line each, in order;
                       a bad line gives {"error","line"} and the rest goes on; exit code 1 if any line failed
  --help               this text

Exit codes: 0 done, 1 invalid knowledge base or failed batch lines, 2 bad usage (empty question, unknown
language, facet or value).`;
