import { answerShares, type FieldWeights } from './fields';
import type { NaturalCorpus } from './natural-corpus';
import { PostingLists } from './posting-lists';
import { saturated, type Saturation } from './weighting';

/** An entry's count of its `at`-th term in its phrasings (question and alternates) and in its answer. */
function sideCounts(corpus: NaturalCorpus, entry: number, at: number): [number, number] {
  const slot = (corpus.termStart[entry] as number) + at;
  const phrasings = at < (corpus.notes.phrasings.length[entry] as number) ? (corpus.notes.phrasings.counts[slot] as number) : 0;
  return [phrasings, (corpus.totals[slot] as number) - phrasings];
}

function average(lengths: Float64Array): number {
  let [sum, count] = [0, 0];
  for (const length of lengths) if (length > 0) [sum, count] = [sum + length, count + 1];
  return count === 0 ? 0 : sum / count;
}

/** Both sides' lengths per entry, and how many entries each term is in, on each side. */
function sideStatistics(corpus: NaturalCorpus) {
  const terms = corpus.dictionary.terms.length;
  const stats = {
    phrasings: { lengths: new Float64Array(corpus.entryCount), frequencies: new Int32Array(terms) },
    answers: { lengths: new Float64Array(corpus.entryCount), frequencies: new Int32Array(terms) },
  };
  for (let entry = 0; entry < corpus.entryCount; entry += 1) {
    const start = corpus.termStart[entry] as number;
    for (let at = 0; at < (corpus.termStart[entry + 1] as number) - start; at += 1) {
      const id = corpus.termIds[start + at] as number;
      const [phrasings, answer] = sideCounts(corpus, entry, at);
      if (phrasings > 0) [stats.phrasings.lengths[entry], stats.phrasings.frequencies[id]] = [(stats.phrasings.lengths[entry] as number) + phrasings, (stats.phrasings.frequencies[id] as number) + 1];
      if (answer > 0) [stats.answers.lengths[entry], stats.answers.frequencies[id]] = [(stats.answers.lengths[entry] as number) + answer, (stats.answers.frequencies[id] as number) + 1];
    }
  }
  return stats;
}

/**
 * Turns natural's corpus into the entries' postings, one list per side: for the phrasings, each term's saturated
 * frequency there (BM25's, see `saturated`); for the answer, the same times the answer's share of the answer side.
 */
export function writeEntryPostings(corpus: NaturalCorpus, weights: FieldWeights, saturation: Saturation): { phrasings: PostingLists; answers: PostingLists } {
  const stats = sideStatistics(corpus);
  const terms = corpus.dictionary.terms.length;
  const phrasings = new PostingLists(stats.phrasings.frequencies, terms);
  const answers = new PostingLists(stats.answers.frequencies, terms);
  const [phrasingsAverage, answersAverage] = [average(stats.phrasings.lengths), average(stats.answers.lengths)];
  const share = answerShares(weights).answer;
  for (let entry = 0; entry < corpus.entryCount; entry += 1) {
    const start = corpus.termStart[entry] as number;
    const [phrasingsLength, answerLength] = [stats.phrasings.lengths[entry] as number, stats.answers.lengths[entry] as number];
    for (let at = 0; at < (corpus.termStart[entry + 1] as number) - start; at += 1) {
      const id = corpus.termIds[start + at] as number;
      const [inPhrasings, inAnswer] = sideCounts(corpus, entry, at);
      if (inPhrasings > 0) phrasings.add(id, entry, saturated(inPhrasings, phrasingsLength, phrasingsAverage, saturation));
      if (inAnswer > 0) answers.add(id, entry, share * saturated(inAnswer, answerLength, answersAverage, saturation));
    }
  }
  return { phrasings, answers };
}

/**
 * The passages' postings: a passage's weight for a term is the passage's share of the answer side times the term's
 * saturated frequency in the passage, so that an entry's best passage adds to its answer on the same scale.
 */
export function writePassagePostings(passages: NaturalCorpus, weights: FieldWeights, saturation: Saturation): PostingLists {
  const postings = new PostingLists(passages.documentFrequency, passages.dictionary.terms.length);
  const lengths = new Float64Array(passages.entryCount);
  for (let passage = 0; passage < passages.entryCount; passage += 1) {
    for (let at = passages.termStart[passage] as number; at < (passages.termStart[passage + 1] as number); at += 1) lengths[passage] += passages.totals[at] as number;
  }
  const averageLength = average(lengths);
  const share = answerShares(weights).passage;
  for (let passage = 0; passage < passages.entryCount; passage += 1) {
    for (let at = passages.termStart[passage] as number; at < (passages.termStart[passage + 1] as number); at += 1) {
      postings.add(passages.termIds[at] as number, passage, share * saturated(passages.totals[at] as number, lengths[passage] as number, averageLength, saturation));
    }
  }
  return postings;
}
