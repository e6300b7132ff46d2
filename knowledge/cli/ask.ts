import { KnowledgeError, QueryError } from '../errors';
import { loadKnowledgeBase } from '../load/load-knowledge-base';
import { Matcher } from '../match/matcher';
import { checkSelection } from '../narrow/narrowing';
import type { QueryLang } from '../types';
import { ASK_USAGE, parseAskArgs, UsageError, type AskOptions } from './args';
import { runBatch } from './batch';
import { humanReport, resultLine } from './output';

function writeLine(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function run(options: AskOptions): Promise<number> {
  const kb = loadKnowledgeBase(options.kb);
  checkSelection(kb, options.facets);
  const matcher = new Matcher(kb);
  if (options.batch) {
    const failures = await runBatch(matcher, process.stdin, writeLine, { lang: options.lang, facets: options.facets });
    return failures === 0 ? 0 : 1;
  }
  const result = matcher.match({ text: options.question, lang: options.lang as QueryLang, facets: options.facets });
  writeLine(options.json ? resultLine(result) : humanReport(result, (id) => matcher.entry(id)));
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseAskArgs(argv);
    if (options.help) {
      writeLine(ASK_USAGE);
      return 0;
    }
    return await run(options);
  } catch (error) {
    if (error instanceof UsageError || error instanceof QueryError) {
      process.stderr.write(`ask: ${error.message.replace(/^\[matcher\] /, '')}\n\n${ASK_USAGE}\n`);
      return 2;
    }
    if (error instanceof KnowledgeError) {
      process.stderr.write(`ask: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
