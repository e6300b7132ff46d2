import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../../knowledge/text/analyzer';
import { Vocabulary } from '../../../knowledge/text/vocabulary';
import { generalWords } from '../../../knowledge/text/word-lists';
import type { Lang } from '../../../knowledge/types';

/**
 * A golden file: `input<TAB>expected terms` lines; `# lexicon: a | b | c` lines declare a lexicon group and
 * `# vocabulary: …` lines the known words (the indexed text) that typo tolerance corrects towards.
 */
export interface GoldenFile {
  cases: { line: number; input: string; expected: string }[];
  lexicon: string[][];
  vocabulary: string[];
}

export function readGolden(lang: Lang): GoldenFile {
  const golden: GoldenFile = { cases: [], lexicon: [], vocabulary: [] };
  readFileSync(join(__dirname, `golden.${lang}.tsv`), 'utf8').split('\n').forEach((text, index) => {
    const lexicon = /^# lexicon: (.*)$/.exec(text);
    const vocabulary = /^# vocabulary: (.*)$/.exec(text);
    if (lexicon?.[1] !== undefined) golden.lexicon.push(lexicon[1].split('|').map((term) => term.trim()));
    else if (vocabulary?.[1] !== undefined) golden.vocabulary.push(vocabulary[1]);
    else if (text.trim() !== '' && !text.startsWith('#')) {
      const [input = '', expected = ''] = text.split('\t');
      golden.cases.push({ line: index + 1, input, expected });
    }
  });
  return golden;
}

/**
 * What the matcher searches for a query: words resolved against the vocabulary (with the language's general word
 * list, as the index does), then lexicon groups. Question words are listed too, as they come.
 */
export function queryTerms(lang: Lang, golden: GoldenFile): (input: string) => string {
  const analyzer = new Analyzer(lang, golden.lexicon);
  const vocabulary = new Vocabulary({ lang, isWord: (surface) => generalWords(lang).has(surface) });
  for (const text of golden.vocabulary) vocabulary.add(analyzer.words(text));
  vocabulary.prepare();
  return (input) => analyzer.terms(analyzer.words(input).map((word) => vocabulary.resolve(word))).join(' ');
}
