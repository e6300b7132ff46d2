/**
 * The conversation's language and topic rules, measured on the dev sets: which language a question is written in
 * (the turn follows it only when it is clear), and what narrowing a search to the topics a question names does to
 * top-1 and to wrong answers. Prints markdown tables; part of npm run bench (npm run bench:understanding alone).
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../config/paths';
import { loadKnowledgeBase } from '../knowledge/load/load-knowledge-base';
import { LanguageDetector, MIN_CLEAR_WORDS } from '../knowledge/match/detect-language';
import { Matcher } from '../knowledge/match/matcher';
import type { FacetSelection, KnowledgeBase, Lang } from '../knowledge/types';
import { TopicReader } from '../knowledge/understand';
import { realisticBase } from './fixture-base';

interface Query {
  text: string;
  expected: string | null;
  /** Facets the dev query was asked with (chosen in the cascade), if any. */
  facets?: FacetSelection;
}

interface DevSet {
  name: string;
  lang: Lang;
  kb: KnowledgeBase;
  queries: Query[];
}

const percent = (count: number, total: number): string => (total === 0 ? '–' : `${((count / total) * 100).toFixed(1)} %`);
const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

function readQueries(...path: string[]): Query[] {
  return readFileSync(projectPath(...path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Query);
}

async function devSets(): Promise<{ sets: DevSet[]; realisticFrom: string }> {
  const seed = loadKnowledgeBase();
  const { kb, from } = await realisticBase();
  const exported = (file: string): Query[] => readQueries('tests', 'fixtures', 'faq-export', file);
  const sets: DevSet[] = [
    { name: 'seed, fr', lang: 'fr', kb: seed, queries: readQueries('tests', 'fixtures', 'devset.fr.jsonl') },
    { name: 'seed, en', lang: 'en', kb: seed, queries: readQueries('tests', 'fixtures', 'devset.en.jsonl') },
    { name: 'export, fr', lang: 'fr', kb, queries: [...exported('devset.fr.jsonl'), ...exported('out-of-scope.fr.jsonl')] },
    { name: 'export, en', lang: 'en', kb, queries: [...exported('devset.en.jsonl'), ...exported('out-of-scope.en.jsonl')] },
    { name: 'export, en about fr-only entries', lang: 'en', kb, queries: exported('devset.cross.jsonl') },
  ];
  return { sets, realisticFrom: from };
}

function languageRow(set: DevSet, detector: LanguageDetector): string {
  const long = set.queries.filter((query) => wordCount(query.text) >= 5);
  const short = set.queries.filter((query) => wordCount(query.text) < 5);
  const right = long.filter((query) => detector.detect(query.text) === set.lang).length;
  const clear = long.filter((query) => detector.clearLanguage(query.text) === set.lang).length;
  const wrong = set.queries.filter((query) => (detector.clearLanguage(query.text) ?? set.lang) !== set.lang).length;
  const kept = short.filter((query) => detector.clearLanguage(query.text) === undefined).length;
  return `| ${set.name} | ${long.length} | ${percent(right, long.length)} | ${percent(clear, long.length)} | ` +
    `${percent(wrong, set.queries.length)} | ${percent(kept, short.length)} |`;
}

/** Every dev set at once: the figure the language rule is held to (≥ 98 % on questions of five words or more). */
function overallLanguageRow(sets: readonly DevSet[], detectorFor: (kb: KnowledgeBase) => LanguageDetector): string {
  let long = 0;
  let right = 0;
  let clear = 0;
  for (const set of sets) {
    const detector = detectorFor(set.kb);
    const own = set.queries.filter((query) => wordCount(query.text) >= 5);
    long += own.length;
    right += own.filter((query) => detector.detect(query.text) === set.lang).length;
    clear += own.filter((query) => detector.clearLanguage(query.text) === set.lang).length;
  }
  return `| **all** | ${long} | **${percent(right, long)}** | ${percent(clear, long)} | | |`;
}

interface Outcome {
  top1: number;
  right: number;
  wrong: number;
}

function outcome(matcher: Matcher, queries: readonly Query[], lang: Lang, facets: (text: string) => FacetSelection): Outcome {
  const counts = { top1: 0, right: 0, wrong: 0 };
  for (const query of queries) {
    const result = matcher.match({ text: query.text, lang, facets: { ...query.facets, ...facets(query.text) } });
    const first = result.matches[0]?.id;
    if (query.expected !== null && first === query.expected) counts.top1 += 1;
    if (result.decision === 'answer' && first === query.expected) counts.right += 1;
    if (result.decision === 'answer' && first !== query.expected) counts.wrong += 1;
  }
  return counts;
}

function topicRow(set: DevSet, matcher: Matcher, reader: TopicReader): string {
  const inScope = set.queries.filter((query) => query.expected !== null).length;
  const inferred = set.queries.filter((query) => Object.keys(reader.read(query.text).selection).length > 0).length;
  const without = outcome(matcher, set.queries, set.lang, () => ({}));
  const withTopics = outcome(matcher, set.queries, set.lang, (text) => reader.read(text).selection);
  const pair = (a: number, b: number, total: number): string => `${percent(a, total)} → ${percent(b, total)}`;
  return `| ${set.name} | ${set.queries.length} | ${percent(inferred, set.queries.length)} | ${pair(without.top1, withTopics.top1, inScope)} | ` +
    `${pair(without.right, withTopics.right, inScope)} | ${pair(without.wrong, withTopics.wrong, set.queries.length)} |`;
}

export async function understandingTables(): Promise<void> {
  const { sets, realisticFrom } = await devSets();
  const tools = new Map<KnowledgeBase, { detector: LanguageDetector; matcher: Matcher; reader: TopicReader }>();
  const toolsFor = (kb: KnowledgeBase) => {
    if (!tools.has(kb)) tools.set(kb, { detector: new LanguageDetector(kb), matcher: new Matcher(kb), reader: new TopicReader(kb) });
    return tools.get(kb) as { detector: LanguageDetector; matcher: Matcher; reader: TopicReader };
  };
  console.log(`## The question's language (seed base: knowledge/content; export: ${realisticFrom})\n`);
  console.log('| dev set | questions of 5 words or more | detected right | clearly that language | clearly the other (all questions) | shorter ones kept in the conversation\'s language |');
  console.log('|---|---|---|---|---|---|');
  for (const set of sets) console.log(languageRow(set, toolsFor(set.kb).detector));
  console.log(overallLanguageRow(sets, (kb) => toolsFor(kb).detector));
  console.log(`\nDetected right: the language the matcher reads the question in. Clearly: the turn follows the question's`);
  console.log(`language (answers in it, offers to continue in it) only then, never under ${MIN_CLEAR_WORDS} words; otherwise the`);
  console.log('conversation keeps its language.\n');
  console.log('## Topics from the question (search narrowed to the facet values it names, as a click would)\n');
  console.log('| dev set | questions | topics named | top-1 without → with | answered right without → with | answered wrong without → with |');
  console.log('|---|---|---|---|---|---|');
  for (const set of sets) {
    const { matcher, reader } = toolsFor(set.kb);
    console.log(topicRow(set, matcher, reader));
  }
  console.log('\nTop-1 and answered right: share of in-scope questions; answered wrong: share of all questions (out-of-scope ones included).\n');
}

if (require.main === module) void understandingTables();
