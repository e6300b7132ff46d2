/**
 * The two sides an entry is found by, each scored on its own: how it is asked (its phrasings: the question and the
 * alternates the editors wrote, pooled) and what it answers (the answer as a whole, and its best passage for the
 * query, see `passagesOf`). An entry scores as its better side: an answer-only entry is scored on its answer, not
 * marked down for a question it lacks, and a query repeating how an entry is asked is not diluted by a long answer.
 */
export interface FieldWeights {
  /** Share of the answer as a whole in the answer side's score. */
  answer: number;
  /** Share of the answer's best passage in it. */
  passage: number;
}

/** The answer side's shares, made to sum to 1. */
export function answerShares(weights: FieldWeights): FieldWeights {
  const total = weights.answer + weights.passage;
  return total > 0 ? { answer: weights.answer / total, passage: weights.passage / total } : { answer: 1, passage: 0 };
}
