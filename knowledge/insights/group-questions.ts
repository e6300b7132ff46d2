import { Analyzer } from '../text/analyzer';
import { isCloseSpelling } from '../text/typo-tolerance';
import type { KnowledgeBase, Lang } from '../types';

/** A question to group: its text (redacted) and language; `ref` is the caller's, given back with its group. */
export interface AskedQuestion<Ref> {
  text: string;
  lang: Lang;
  ref: Ref;
}

export interface NeedGroup<Ref> {
  lang: Lang;
  /** The content stems the group was formed on. */
  stems: string[];
  members: AskedQuestion<Ref>[];
}

/** Two questions are one need when this share of their content stems match (Dice coefficient). */
export const SAME_NEED = 0.75;

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const matched = a.filter((stem) => b.some((other) => isCloseSpelling(stem, other))).length;
  return (2 * matched) / (a.length + b.length);
}

/**
 * Groups questions by need with the matcher's own text pipeline: each question read as its content stems (elisions,
 * accents, stopwords and question words out, inflections stemmed to one form, the lexicon's synonyms in), two
 * questions one need when most stems match, spelling slips within the project's typo rule. Greedy, in the given order:
 * a question joins the first group of its language it is close enough to.
 */
export function groupByNeed<Ref>(kb: Pick<KnowledgeBase, 'lexicon'>, questions: readonly AskedQuestion<Ref>[]): NeedGroup<Ref>[] {
  const analyzers = new Map<Lang, Analyzer>();
  const analyzer = (lang: Lang): Analyzer => {
    let found = analyzers.get(lang);
    if (!found) {
      found = new Analyzer(lang, kb.lexicon.filter((group) => group.lang === lang).map((group) => group.terms));
      analyzers.set(lang, found);
    }
    return found;
  };
  const groups: NeedGroup<Ref>[] = [];
  for (const question of questions) {
    const words = analyzer(question.lang).words(question.text).filter((word) => !word.questionWord);
    const stems = [...new Set(words.map((word) => word.stem))].sort();
    const group = groups.find((candidate) => candidate.lang === question.lang && dice(stems, candidate.stems) >= SAME_NEED);
    if (group) group.members.push(question);
    else groups.push({ lang: question.lang, stems, members: [question] });
  }
  return groups;
}
