import type { Lang } from '../../knowledge/types';
import { redactPii, type PiiKind } from '../../storage/redact';
import { isCaught, type InnocentSentence, type PlantedItem, type PlantedSentence } from './corpus';

export interface KindScore {
  kind: PiiKind;
  lang: Lang;
  planted: number;
  caught: number;
}

export interface InnocentScore {
  lang: Lang;
  sentences: number;
  falselyRedacted: number;
}

export interface Scores {
  kinds: KindScore[];
  innocent: InnocentScore[];
  missed: Array<{ item: PlantedItem; sentence: string; redacted: string }>;
  falselyRedacted: Array<{ sentence: string; redacted: string }>;
}

function kindScore(scores: Map<string, KindScore>, kind: PiiKind, lang: Lang): KindScore {
  const key = `${kind}/${lang}`;
  let score = scores.get(key);
  if (!score) scores.set(key, (score = { kind, lang, planted: 0, caught: 0 }));
  return score;
}

/** Recall on the planted items, per kind and language; false redactions on the innocent sentences, per language. */
export function scoreRedaction(planted: PlantedSentence[], innocent: InnocentSentence[]): Scores {
  const kinds = new Map<string, KindScore>();
  const missed: Scores['missed'] = [];
  for (const sentence of planted) {
    const redacted = redactPii(sentence.text);
    for (const item of sentence.items) {
      const score = kindScore(kinds, item.kind, sentence.lang);
      score.planted += 1;
      if (isCaught(sentence, item, redacted)) score.caught += 1;
      else missed.push({ item, sentence: sentence.text, redacted });
    }
  }
  const falselyRedacted: Scores['falselyRedacted'] = [];
  const innocentScores = new Map<Lang, InnocentScore>();
  for (const { lang, text } of innocent) {
    const score = innocentScores.get(lang) ?? { lang, sentences: 0, falselyRedacted: 0 };
    innocentScores.set(lang, score);
    score.sentences += 1;
    const redacted = redactPii(text);
    if (redacted !== text) {
      score.falselyRedacted += 1;
      falselyRedacted.push({ sentence: text, redacted });
    }
  }
  return { kinds: [...kinds.values()], innocent: [...innocentScores.values()], missed, falselyRedacted };
}

export function recall(scores: readonly KindScore[]): number {
  const planted = scores.reduce((sum, score) => sum + score.planted, 0);
  return planted === 0 ? 1 : scores.reduce((sum, score) => sum + score.caught, 0) / planted;
}

export function falseRate(scores: readonly InnocentScore[]): number {
  const sentences = scores.reduce((sum, score) => sum + score.sentences, 0);
  return sentences === 0 ? 0 : scores.reduce((sum, score) => sum + score.falselyRedacted, 0) / sentences;
}
