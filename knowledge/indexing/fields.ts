/**
 * The texts an entry is indexed by: its question (when the editors wrote one), its phrasings (the question and its
 * alternates pooled: all the ways of asking it), its answer as a whole and the answer's passages (see `passagesOf`).
 * They are counted in this order: the question, then the alternates, then the answer passage by passage.
 */
export const FIELD_KINDS = ['question', 'phrasings', 'answer'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/**
 * How much each field weighs in an entry's score, before renormalisation over the fields the entry has: an
 * answer-only entry is scored on its answer alone (its answer and best passage then share the whole score), not
 * marked down for the question and alternates it lacks. Chosen on the dev sets with `npx tsx bench/calibrate.ts`.
 */
export interface FieldWeights {
  question: number;
  /** The question and its alternates pooled. */
  phrasings: number;
  /** The answer as a whole. */
  answer: number;
  /** The answer's best passage for the query. */
  passage: number;
}

/** Which fields an entry has in one language. */
export interface PresentFields {
  question: boolean;
  phrasings: boolean;
  answer: boolean;
}

/** Each field's share of the entry's score: its weight over the weights of the fields the entry has (0 if absent). */
export function entryShares(weights: FieldWeights, present: PresentFields): FieldWeights {
  const question = present.question ? weights.question : 0;
  const phrasings = present.phrasings ? weights.phrasings : 0;
  const answer = present.answer ? weights.answer : 0;
  const passage = present.answer ? weights.passage : 0;
  const total = question + phrasings + answer + passage;
  if (total === 0) return { question: 0, phrasings: 0, answer: 0, passage: 0 };
  return { question: question / total, phrasings: phrasings / total, answer: answer / total, passage: passage / total };
}
