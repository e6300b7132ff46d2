import { seededRandom, syntheticBase, syntheticQuery } from '../../../bench/synthetic';
import { loadKnowledgeBase, phrasingsOf } from '../../../knowledge';
import type { FieldWeights } from '../../../knowledge/indexing/fields';
import type { InvertedIndex } from '../../../knowledge/indexing/inverted-index';
import { LanguageIndex } from '../../../knowledge/indexing/language-index';
import type { Ranker } from '../../../knowledge/indexing/ranker';
import { idf, unseenIdf } from '../../../knowledge/indexing/weighting';
import { FIELD_WEIGHTS } from '../../../knowledge/match/thresholds';
import type { Entry, Lang } from '../../../knowledge/types';

type Vector = Map<string, number>;

/** The textbook computation the index must give: Σ share × cos(query, field), each field's tf × idf vector apart. */
function referenceScores(index: LanguageIndex, entries: readonly Entry[], lang: Lang, weights: FieldWeights, query: readonly string[]): number[] {
  const analyse = (texts: readonly string[]): string[] => texts.flatMap((text) => index.analyzer.analyze(text));
  const fields = entries.map((entry) => ({
    question: analyse([entry.question[lang] ?? '']),
    phrasings: analyse(phrasingsOf(entry, lang)),
    answer: analyse([entry.answer[lang] ?? '']),
  }));
  const frequency = new Map<string, number>();
  for (const field of fields) for (const term of new Set([...field.phrasings, ...field.answer])) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const idfOf = (term: string): number => (frequency.has(term) ? idf(frequency.get(term) as number, entries.length) : unseenIdf(entries.length));
  const vector = (terms: readonly string[]): Vector => {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    return new Map([...counts].map(([term, count]) => [term, (1 + Math.log(count)) * idfOf(term)]));
  };
  const cosine = (a: Vector, b: Vector): number => {
    const norm = (v: Vector): number => Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0));
    const dot = [...a].reduce((sum, [term, x]) => sum + x * (b.get(term) ?? 0), 0);
    return dot === 0 ? 0 : dot / norm(a) / norm(b);
  };
  const q = vector(query);
  const shares = { question: weights.question, phrasings: 1 - weights.question - weights.answer, answer: weights.answer };
  return fields.map((field) => (['question', 'phrasings', 'answer'] as const).reduce((sum, kind) => sum + shares[kind] * cosine(q, vector(field[kind])), 0));
}

describe('InvertedIndex', () => {
  const kb = loadKnowledgeBase();

  it.each([
    ['fr', FIELD_WEIGHTS],
    ['en', FIELD_WEIGHTS],
    ['fr', { question: 0.1, answer: 0.3 }],
  ] as const)('scores entries as the weighted cosines of their fields (%s, %j)', (lang, weights) => {
    const groups = kb.lexicon.filter((group) => group.lang === lang).map((group) => group.terms);
    const index = new LanguageIndex(lang, kb.entries, groups, weights);
    const queries = lang === 'fr'
      ? ['Comment accéder aux données du ROR ?', 'financement ségur des logiciels', 'MOS NOS label candidature']
      : ['How can I access ROR data?', 'Ségur funding for software', 'MOS NOS label application'];
    for (const text of queries) {
      const terms = index.queryTerms(text);
      const expected = referenceScores(index, kb.entries, lang, weights, terms)
        .map((score, entry) => ({ entry, score }))
        .filter((item) => item.score > 0)
        .sort((a, b) => b.score - a.score || a.entry - b.entry)
        .slice(0, 5);
      const ranked = index.rank(terms, () => true, 5);
      expect([text, ranked.map((item) => item.entry)]).toEqual([text, expected.map((item) => item.entry)]);
      ranked.forEach((item, at) => expect(item.score).toBeCloseTo(expected[at]?.score ?? -1, 6));
    }
  });
});

/** Scores every entry with the same vectors, without pruning. */
function bruteForce(index: InvertedIndex, terms: readonly string[], entryCount: number): number[] {
  const scores = new Array<number>(entryCount).fill(0);
  for (const term of index.queryVector(terms)) {
    for (let at = term.start; at < term.end; at += 1) {
      const entry = index.postingEntries[at] as number;
      scores[entry] = (scores[entry] ?? 0) + (index.postingWeights[at] as number) * term.weight;
    }
  }
  return scores;
}

describe('Ranker', () => {
  it('returns exactly the brute-force top 5 despite pruning', () => {
    const base = syntheticBase(1500, 3);
    const index = new LanguageIndex('fr', base.entries, [], FIELD_WEIGHTS);
    const { index: inverted, ranker } = index as unknown as { index: InvertedIndex; ranker: Ranker };
    const random = seededRandom(11);
    for (let i = 0; i < 300; i += 1) {
      const terms = index.queryTerms(syntheticQuery(base, Math.floor(random() * base.entries.length), 'fr', random));
      const expected = bruteForce(inverted, terms, base.entries.length)
        .map((score, entry) => ({ entry, score }))
        .filter((item) => item.score > 0)
        .sort((a, b) => b.score - a.score || a.entry - b.entry)
        .slice(0, 5);
      const ranked = ranker.rank(inverted.queryVector(terms), () => true, 5);
      expect(ranked.map((item) => item.entry)).toEqual(expected.map((item) => item.entry));
      ranked.forEach((item, at) => expect(item.score).toBeCloseTo(expected[at]?.score ?? -1, 9));
    }
  });

  it('applies the filter before taking the best', () => {
    const base = syntheticBase(200, 5);
    const index = new LanguageIndex('en', base.entries, [], FIELD_WEIGHTS);
    const text = base.entries[10]?.question.en ?? '';
    expect(index.rank(index.queryTerms(text), () => true, 5)[0]?.entry).toBe(10);
    expect(index.rank(index.queryTerms(text), (entry) => entry !== 10, 5).map((item) => item.entry)).not.toContain(10);
  });
});
