import { loadKnowledgeBase } from '../../../knowledge';
import { countEntries } from '../../../knowledge/indexing/language-index';
import { NaturalCorpus } from '../../../knowledge/indexing/natural-corpus';
import { idf } from '../../../knowledge/indexing/weighting';
import { Analyzer } from '../../../knowledge/text/analyzer';
import { TermDictionary } from '../../../knowledge/text/term-dictionary';
import { Vocabulary } from '../../../knowledge/text/vocabulary';
import type { Lang } from '../../../knowledge/types';

const kb = loadKnowledgeBase();

function counted(terms: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const term of terms) counts[term] = (counts[term] ?? 0) + 1;
  return counts;
}

describe.each(['fr', 'en'] as const)('natural corpus of the project content (%s)', (lang: Lang) => {
  const analyzer = new Analyzer(lang, kb.lexicon.filter((group) => group.lang === lang).map((group) => group.terms));
  const vocabulary = new Vocabulary();
  const corpus = countEntries(analyzer, vocabulary, lang, kb.entries);
  const terms = analyzer.dictionary.terms;
  const noted = (kind: 'question' | 'phrasings', entry: number): Record<string, number> => {
    const start = corpus.termStart[entry] as number;
    const note = corpus.notes[kind];
    const ids = Array.from(corpus.termIds.subarray(start, start + (note.length[entry] as number)));
    return Object.fromEntries(ids.map((id, at) => [terms[id] as string, note.counts[start + at] as number]));
  };

  it('holds one natural document per entry: the term counts of its question, alternates and answer', () => {
    expect(corpus.tfidf.documents).toHaveLength(kb.entries.length);
    kb.entries.forEach((entry, at) => {
      const texts = [entry.question[lang], ...entry.alternates[lang], entry.answer[lang]];
      expect([entry.id, { ...corpus.document(at) }]).toEqual([entry.id, counted(texts.flatMap((text) => analyzer.analyze(text)))]);
    });
  });

  it('notes the counts of the question, and of the question and alternates together', () => {
    kb.entries.forEach((entry, at) => {
      expect([entry.id, noted('question', at)]).toEqual([entry.id, counted(analyzer.analyze(entry.question[lang]))]);
      const phrasings = [entry.question[lang], ...entry.alternates[lang]].flatMap((text) => analyzer.analyze(text));
      expect([entry.id, noted('phrasings', at)]).toEqual([entry.id, counted(phrasings)]);
    });
  });

  it('counts the document frequencies that give natural’s idf, for every term', () => {
    expect(terms.length).toBeGreaterThan(100);
    terms.forEach((term, id) => {
      const frequency = corpus.documentFrequency[id] as number;
      expect([term, idf(frequency, kb.entries.length)]).toEqual([term, expect.closeTo(corpus.tfidf.idf(term), 12)]);
    });
  });

  it('records every content word of the entries in the vocabulary', () => {
    for (const entry of kb.entries) {
      for (const word of analyzer.words(entry.answer[lang])) expect([word.surface, vocabulary.hasSurface(word.surface)]).toEqual([word.surface, true]);
    }
  });
});

describe('NaturalCorpus', () => {
  it('keeps "constructor" and other Object property names as plain terms', () => {
    const dictionary = new TermDictionary();
    const corpus = new NaturalCorpus(dictionary);
    for (const term of ['constructor', 'toString', '__proto__', 'constructor']) corpus.count(dictionary.add(term));
    corpus.endField('question');
    corpus.endField('phrasings');
    corpus.endEntry();
    expect({ ...corpus.document(0) }).toEqual({ constructor: 2, toString: 1, ['__proto__']: 1 });
    expect(corpus.tfidf.idf('constructor')).toBeCloseTo(idf(1, 1), 12);
  });

  it('grows past its first arrays', () => {
    const dictionary = new TermDictionary();
    const corpus = new NaturalCorpus(dictionary, 1);
    for (let entry = 0; entry < 3; entry += 1) {
      for (let term = 0; term < 3000; term += 1) corpus.count(dictionary.add(`t${entry * 1000 + term}`));
      corpus.endField('question');
      corpus.endField('phrasings');
      corpus.endEntry();
    }
    expect(corpus.termStart).toEqual([0, 3000, 6000, 9000]);
    expect(corpus.documentFrequency[1000]).toBe(2);
    expect(Object.keys(corpus.document(2))).toHaveLength(3000);
  });
});
