import { loadKnowledgeBase, phrasingsOf } from '../../../knowledge';
import { countEntries } from '../../../knowledge/indexing/language-index';
import { NaturalCorpus } from '../../../knowledge/indexing/natural-corpus';
import { passagesOf } from '../../../knowledge/indexing/passages';
import { Analyzer } from '../../../knowledge/text/analyzer';
import { TermDictionary } from '../../../knowledge/text/term-dictionary';
import { Vocabulary } from '../../../knowledge/text/vocabulary';
import type { Lang } from '../../../knowledge/types';

const kb = loadKnowledgeBase();

/** A document's term counts as the corpus keeps them (`totals`), natural's document or not. */
function countsIn(corpus: NaturalCorpus, document: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let at = corpus.termStart[document] as number; at < (corpus.termStart[document + 1] as number); at += 1) {
    counts[corpus.dictionary.terms[corpus.termIds[at] as number] as string] = corpus.totals[at] as number;
  }
  return counts;
}

/** natural's own idf, 1 + ln(N / (1 + df)): the document frequencies counted here must give it. */
const naturalIdf = (frequency: number, documents: number): number => 1 + Math.log(documents / (1 + frequency));

function counted(terms: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const term of terms) counts[term] = (counts[term] ?? 0) + 1;
  return counts;
}

describe.each(['fr', 'en'] as const)('natural corpus of the project content (%s)', (lang: Lang) => {
  const analyzer = new Analyzer(lang, kb.lexicon.filter((group) => group.lang === lang).map((group) => group.terms));
  const vocabulary = new Vocabulary();
  const { entries: corpus, passages, entryOf } = countEntries(analyzer, vocabulary, lang, kb.entries);
  const terms = analyzer.dictionary.terms;

  // The counts noted at the end of the question and of the phrasings are what the index's field vectors are made
  // of: inverted-index.test.ts checks them through the scores (weights giving each field a share).
  it('holds one natural document per entry: the term counts of its question, alternates and answer', () => {
    expect(corpus.tfidf.documents).toHaveLength(kb.entries.length);
    kb.entries.forEach((entry, at) => {
      const texts = [...phrasingsOf(entry, lang), ...passagesOf(entry.answer[lang] ?? '')];
      expect([entry.id, { ...corpus.document(at) }]).toEqual([entry.id, counted(texts.flatMap((text) => analyzer.analyze(text)))]);
    });
  });

  it('counts the document frequencies natural counts, for every term', () => {
    expect(terms.length).toBeGreaterThan(100);
    terms.forEach((term, id) => {
      const frequency = corpus.documentFrequency[id] as number;
      expect([term, naturalIdf(frequency, kb.entries.length)]).toEqual([term, expect.closeTo(corpus.tfidf.idf(term), 12)]);
    });
  });

  it('keeps each entry’s counts beside natural’s document, equal to it', () => {
    kb.entries.forEach((entry, at) => expect([entry.id, countsIn(corpus, at)]).toEqual([entry.id, { ...corpus.document(at) }]));
  });

  it('counts each passage of each answer apart, the passages together making the answer', () => {
    kb.entries.forEach((entry, at) => {
      const own = [...entryOf.keys()].filter((passage) => entryOf[passage] === at);
      expect(own).toHaveLength(entry.answer[lang] === undefined ? 0 : passagesOf(entry.answer[lang] as string).length);
      const summed: Record<string, number> = {};
      for (const passage of own) for (const [term, count] of Object.entries(countsIn(passages, passage))) summed[term] = (summed[term] ?? 0) + count;
      const answer = counted(passagesOf(entry.answer[lang] ?? '').flatMap((text) => analyzer.analyze(text)));
      expect([entry.id, summed]).toEqual([entry.id, answer]);
    });
  });

  it('records every content word the index reads of the entries (their plain text: no link targets) in the vocabulary', () => {
    for (const entry of kb.entries) {
      for (const word of passagesOf(entry.answer[lang] ?? '').flatMap((text) => analyzer.words(text))) expect([word.surface, vocabulary.hasSurface(word.surface)]).toEqual([word.surface, true]);
    }
  });
});

describe('NaturalCorpus', () => {
  function entryOf(corpus: NaturalCorpus, dictionary: TermDictionary, terms: readonly string[]): void {
    for (const term of terms) corpus.count(dictionary.add(term));
    corpus.endField('question');
    corpus.endField('phrasings');
    corpus.endEntry();
  }

  it('keeps "constructor" and other Object property names as plain terms', () => {
    const dictionary = new TermDictionary();
    const corpus = new NaturalCorpus(dictionary);
    entryOf(corpus, dictionary, ['constructor', 'toString', '__proto__', 'constructor']);
    expect({ ...corpus.document(0) }).toEqual({ constructor: 2, toString: 1, ['__proto__']: 1 });
    expect(corpus.tfidf.idf('constructor')).toBeCloseTo(naturalIdf(1, 1), 12);
  });

  it('grows past its first arrays', () => {
    const dictionary = new TermDictionary();
    const corpus = new NaturalCorpus(dictionary, 1);
    for (let entry = 0; entry < 3; entry += 1) {
      entryOf(corpus, dictionary, Array.from({ length: 3000 }, (_, term) => `t${entry * 1000 + term}`));
    }
    expect([0, 1, 2].map((entry) => Object.keys(corpus.document(entry)).length)).toEqual([3000, 3000, 3000]);
    // t1000 is in the first two entries, t2999 in all three, t0 in the first alone.
    expect(['t0', 't1000', 't2999'].map((term) => corpus.tfidf.idf(term))).toEqual(
      [1, 2, 3].map((frequency) => expect.closeTo(naturalIdf(frequency, 3), 12)),
    );
  });

  it('counts as documents of its language only the entries that have words in it', () => {
    const dictionary = new TermDictionary();
    const corpus = new NaturalCorpus(dictionary);
    entryOf(corpus, dictionary, ['ror']);
    entryOf(corpus, dictionary, []);
    expect([corpus.entryCount, corpus.documentCount]).toEqual([2, 1]);
  });
});
