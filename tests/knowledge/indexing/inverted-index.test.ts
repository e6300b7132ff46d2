import { InvertedIndex } from '../../../knowledge/indexing/inverted-index';
import { Ranker } from '../../../knowledge/indexing/ranker';
import { LanguageIndex } from '../../../knowledge/indexing/language-index';
import { loadKnowledgeBase } from '../../../knowledge';
import { FIELD_WEIGHTS } from '../../../knowledge/match/thresholds';
import { seededRandom, syntheticBase, syntheticQuery } from '../../../bench/synthetic';

describe('InvertedIndex', () => {
  const kb = loadKnowledgeBase();
  const index = new LanguageIndex('fr', kb.entries, [], FIELD_WEIGHTS);
  const inverted = (index as unknown as { index: InvertedIndex }).index;

  it('has the idf natural’s TfIdf gives, for every term', () => {
    const terms = Object.keys(inverted.tfidf.documents[0] ?? {}).filter((term) => term !== '__key');
    expect(terms.length).toBeGreaterThan(10);
    for (const term of terms) expect([term, inverted.idfOf(term)]).toEqual([term, expect.closeTo(inverted.tfidf.idf(term), 12)]);
  });

  it('holds one natural document per entry', () => {
    expect(inverted.tfidf.documents).toHaveLength(kb.entries.length);
  });

  it('keeps "constructor" and other Object property names as plain terms', () => {
    const odd = new InvertedIndex([{ entry: 0, kind: 'phrasings', terms: ['constructor', 'toString', '__proto__'] }], 1, FIELD_WEIGHTS);
    expect(odd.has('constructor') && odd.has('toString') && odd.has('__proto__')).toBe(true);
  });
});

/** Scores every entry with the same vectors, without postings nor pruning. */
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
