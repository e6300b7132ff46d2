import { entryShares, type FieldWeights } from './fields';
import type { NaturalCorpus } from './natural-corpus';
import { PostingLists } from './posting-lists';
import { saturated, type Saturation } from './weighting';

/** The lengths (in terms) of each entry's question, phrasings and answer, and their averages over the entries having them. */
interface FieldLengths {
  question: Float64Array;
  phrasings: Float64Array;
  answer: Float64Array;
  average: { question: number; phrasings: number; answer: number };
}

/** An entry's count of its `at`-th term in the question, in its phrasings (question and alternates) and in the answer. */
function fieldCounts(corpus: NaturalCorpus, entry: number, at: number, total: number): [number, number, number] {
  const { notes, termStart } = corpus;
  const slot = (termStart[entry] as number) + at;
  const question = at < (notes.question.length[entry] as number) ? (notes.question.counts[slot] as number) : 0;
  const phrasings = at < (notes.phrasings.length[entry] as number) ? (notes.phrasings.counts[slot] as number) : 0;
  return [question, phrasings, total - phrasings];
}

function average(lengths: Float64Array): number {
  let [sum, count] = [0, 0];
  for (const length of lengths) if (length > 0) [sum, count] = [sum + length, count + 1];
  return count === 0 ? 0 : sum / count;
}

function lengthsOf(corpus: NaturalCorpus): FieldLengths {
  const size = corpus.entryCount;
  const lengths = { question: new Float64Array(size), phrasings: new Float64Array(size), answer: new Float64Array(size) };
  const terms = corpus.dictionary.terms;
  for (let entry = 0; entry < size; entry += 1) {
    const document = corpus.document(entry);
    const start = corpus.termStart[entry] as number;
    for (let at = 0; at < (corpus.termStart[entry + 1] as number) - start; at += 1) {
      const total = document[terms[corpus.termIds[start + at] as number] as string] as number;
      const [question, phrasings, answer] = fieldCounts(corpus, entry, at, total);
      lengths.question[entry] += question;
      lengths.phrasings[entry] += phrasings;
      lengths.answer[entry] += answer;
    }
  }
  return { ...lengths, average: { question: average(lengths.question), phrasings: average(lengths.phrasings), answer: average(lengths.answer) } };
}

/**
 * Turns natural's corpus into the entries' postings: one weight per entry and term, the sum over the entry's fields of
 * the field's share (its weight renormalised over the fields the entry has, see `entryShares`) times the term's
 * saturated frequency there (BM25's, see `saturated`). The score of an entry is then one dot product with the query.
 * Also gives each entry's share of its best passage, which the passages' postings carry.
 */
export function writeEntryPostings(corpus: NaturalCorpus, weights: FieldWeights, saturation: Saturation): { postings: PostingLists; passageShares: Float64Array } {
  const postings = new PostingLists(corpus.documentFrequency, corpus.dictionary.terms.length);
  const lengths = lengthsOf(corpus);
  const passageShares = new Float64Array(corpus.entryCount);
  const terms = corpus.dictionary.terms;
  for (let entry = 0; entry < corpus.entryCount; entry += 1) {
    const [q, p, w] = [lengths.question[entry] as number, lengths.phrasings[entry] as number, lengths.answer[entry] as number];
    const shares = entryShares(weights, { question: q > 0, phrasings: p > 0, answer: w > 0 });
    passageShares[entry] = shares.passage;
    const document = corpus.document(entry);
    const start = corpus.termStart[entry] as number;
    for (let at = 0; at < (corpus.termStart[entry + 1] as number) - start; at += 1) {
      const id = corpus.termIds[start + at] as number;
      const [inQuestion, inPhrasings, inAnswer] = fieldCounts(corpus, entry, at, document[terms[id] as string] as number);
      const weight =
        shares.question * saturated(inQuestion, q, lengths.average.question, saturation) +
        shares.phrasings * saturated(inPhrasings, p, lengths.average.phrasings, saturation) +
        shares.answer * saturated(inAnswer, w, lengths.average.answer, saturation);
      postings.add(id, entry, weight);
    }
  }
  return { postings, passageShares };
}

/**
 * The passages' postings: a passage's weight for a term is its entry's passage share times the term's saturated
 * frequency in the passage, so that an entry's best passage adds to its score on the same scale as its fields.
 */
export function writePassagePostings(passages: NaturalCorpus, entryOf: Int32Array, passageShares: Float64Array, saturation: Saturation): PostingLists {
  const postings = new PostingLists(passages.documentFrequency, passages.dictionary.terms.length);
  const terms = passages.dictionary.terms;
  const lengths = new Float64Array(passages.entryCount);
  for (let passage = 0; passage < passages.entryCount; passage += 1) {
    const document = passages.document(passage);
    for (const term in document) lengths[passage] += document[term] as number;
  }
  const averageLength = average(lengths);
  for (let passage = 0; passage < passages.entryCount; passage += 1) {
    const share = passageShares[entryOf[passage] as number] as number;
    const document = passages.document(passage);
    const start = passages.termStart[passage] as number;
    for (let at = start; at < (passages.termStart[passage + 1] as number); at += 1) {
      const id = passages.termIds[at] as number;
      postings.add(id, passage, share * saturated(document[terms[id] as string] as number, lengths[passage] as number, averageLength, saturation));
    }
  }
  return postings;
}
