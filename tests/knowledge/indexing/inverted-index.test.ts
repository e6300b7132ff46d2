import { syntheticBase } from '../../../bench/synthetic';
import { loadKnowledgeBase, phrasingsOf } from '../../../knowledge';
import { answerShares, type FieldWeights } from '../../../knowledge/indexing/fields';
import { LanguageIndex } from '../../../knowledge/indexing/language-index';
import { passagesOf } from '../../../knowledge/indexing/passages';
import { idf, SATURATION, saturated } from '../../../knowledge/indexing/weighting';
import { FIELD_WEIGHTS } from '../../../knowledge/match/thresholds';
import type { Entry, Lang } from '../../../knowledge/types';

type Counts = Map<string, number>;

const countsOf = (terms: readonly string[]): Counts => {
  const counts: Counts = new Map();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
};
const lengthOf = (counts: Counts): number => [...counts.values()].reduce((sum, count) => sum + count, 0);
const mean = (values: readonly number[]): number => {
  const present = values.filter((value) => value > 0);
  return present.length === 0 ? 0 : present.reduce((sum, value) => sum + value, 0) / present.length;
};

/**
 * The textbook computation the index must give, from the entries' texts: each side's BM25 share of the query — the
 * phrasings (question and alternates pooled), and the answer as a whole plus its best passage, mixed by the weights
 * — each query term weighing its idf over the query's total idf; an entry scores as its better side.
 */
function referenceScores(index: LanguageIndex, entries: readonly Entry[], lang: Lang, weights: FieldWeights, query: readonly string[]): number[] {
  const analyse = (texts: readonly string[]): Counts => countsOf(texts.flatMap((text) => index.analyzer.analyze(text)));
  const fields = entries.map((entry) => ({
    phrasings: analyse(phrasingsOf(entry, lang)),
    answer: analyse(entry.answer[lang] === undefined ? [] : passagesOf(entry.answer[lang] as string)),
    passages: entry.answer[lang] === undefined ? [] : passagesOf(entry.answer[lang] as string).map((text) => analyse([text])),
  }));
  const documents = fields.filter((field) => lengthOf(field.answer) + lengthOf(field.phrasings) > 0).length;
  const frequency = new Map<string, number>();
  for (const field of fields) for (const term of new Set([...field.phrasings.keys(), ...field.answer.keys()])) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const idfOf = (term: string): number => idf(frequency.get(term) ?? 0, documents);
  const average = {
    phrasings: mean(fields.map((field) => lengthOf(field.phrasings))),
    answer: mean(fields.map((field) => lengthOf(field.answer))),
    passage: mean(fields.flatMap((field) => field.passages.map(lengthOf))),
  };
  const queryCounts = countsOf(query);
  // At least one unknown word's idf: one common word is little evidence.
  const total = Math.max(idf(0, documents), [...queryCounts].reduce((sum, [term, count]) => sum + (1 + Math.log(count)) * idfOf(term), 0));
  const match = (counts: Counts, mean: number): number =>
    [...queryCounts].reduce((sum, [term, count]) => sum + ((1 + Math.log(count)) * idfOf(term) * saturated(counts.get(term) ?? 0, lengthOf(counts), mean, SATURATION)) / total, 0);
  const shares = answerShares(weights);
  return fields.map((field) => {
    const best = Math.max(0, ...field.passages.map((passage) => match(passage, average.passage)));
    return Math.max(match(field.phrasings, average.phrasings), shares.answer * match(field.answer, average.answer) + shares.passage * best);
  });
}

describe('InvertedIndex', () => {
  const kb = loadKnowledgeBase();

  it.each([
    ['fr', FIELD_WEIGHTS],
    ['en', FIELD_WEIGHTS],
    ['fr', { answer: 0.3, passage: 0.7 }],
  ] as const)('scores entries as BM25 on their better side, phrasings or answer and best passage (%s, %j)', (lang, weights) => {
    const groups = kb.lexicon.filter((group) => group.lang === lang).map((group) => group.terms);
    const index = new LanguageIndex(lang, kb.entries, groups, weights);
    const queries = lang === 'fr'
      ? ['Comment accéder aux données du ROR ?', 'financement ségur des logiciels', 'MOS NOS label candidature']
      : ['How can I access ROR data?', 'Ségur funding for software', 'MOS NOS label application'];
    for (const text of queries) {
      const terms = index.read(text).terms;
      const expected = referenceScores(index, kb.entries, lang, weights, terms)
        .map((score, entry) => ({ entry, score }))
        .filter((item) => item.score > 0)
        .sort((a, b) => b.score - a.score || a.entry - b.entry)
        .slice(0, 5);
      const ranked = index.rank({ terms, companions: [] }, () => true, 5);
      expect([text, ranked.map((item) => item.entry)]).toEqual([text, expected.map((item) => item.entry)]);
      ranked.forEach((item, at) => expect(item.score).toBeCloseTo(expected[at]?.score ?? -1, 6));
    }
  });
});

describe('Ranker', () => {
  const kb = loadKnowledgeBase();
  const groups = kb.lexicon.filter((group) => group.lang === 'fr').map((group) => group.terms);
  const index = new LanguageIndex('fr', kb.entries, groups, FIELD_WEIGHTS);

  it('never matches an entry on a question word alone', () => {
    expect(index.read('comment ?').companions).toEqual(['comment']);
    expect(index.rank(index.read('comment ?'), () => true, 5)).toEqual([]);
    expect(index.rank(index.read('Pourquoi quoi ?'), () => true, 5)).toEqual([]);
  });

  it('lets a question word add to the entries the other words found, and to no other', () => {
    const plain = index.rank(index.read('accéder données ROR'), () => true, 5);
    const asked = index.rank(index.read('comment accéder données ROR'), () => true, 5);
    expect(asked.map((item) => item.entry).sort()).toEqual(plain.map((item) => item.entry).sort());
  });

  it('applies the filter before taking the best', () => {
    const base = syntheticBase(200, 5);
    const english = new LanguageIndex('en', base.entries, [], FIELD_WEIGHTS);
    const query = english.read(base.entries[10]?.question.en ?? '');
    const all = english.rank(query, () => true, 6).map((item) => item.entry);
    const first = all[0] as number;
    expect(english.rank(query, (entry) => entry !== first, 5).map((item) => item.entry)).toEqual(all.slice(1));
  });
});
