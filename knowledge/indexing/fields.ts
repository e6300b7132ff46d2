/**
 * The texts an entry is indexed by: its question alone, all its phrasings (question and alternates pooled in
 * one document) and its answer. Each gets its own TF-IDF vector; the entry's score weighs their cosines (see
 * FieldWeights).
 */
export const FIELD_KINDS = ['question', 'phrasings', 'answer'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** One indexed text: a field of an entry, already analysed into terms. */
export interface FieldDocument {
  entry: number;
  kind: FieldKind;
  terms: readonly string[];
}
