/**
 * The texts an entry is indexed by: its question alone, all its phrasings (question and alternates pooled in
 * one document) and its answer. Each gets its own TF-IDF vector; the entry's score weighs their cosines (see
 * FieldWeights). They are counted in this order, each one extending the previous: the question, then the
 * alternates (making the phrasings), then the answer.
 */
export const FIELD_KINDS = ['question', 'phrasings', 'answer'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/**
 * How the field cosines make an entry's score: `question` × cos(query, question) + `answer` × cos(query, answer)
 * + the rest × cos(query, all phrasings). Chosen on the dev set with `npx tsx bench/calibrate.ts`.
 */
export interface FieldWeights {
  /** Share of the question alone. */
  question: number;
  /** Share of the answer text; all the phrasings (question and alternates) get the rest. */
  answer: number;
}

export function shareOf(kind: FieldKind, weights: FieldWeights): number {
  if (kind === 'question') return weights.question;
  return kind === 'answer' ? weights.answer : 1 - weights.question - weights.answer;
}
