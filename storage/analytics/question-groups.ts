import { groupByNeed, titleFor, type Lang } from '../../knowledge';
import type { FeedbackRecord } from '../feedback/feedback-store';
import type { ReportKnowledge } from './analytics-reader';
import type { QuestionEventRecord } from './question-events';
import type { AlternateSuggestion, ClosestEntry, QuestionGroup } from './report-types';

const MAX_EXAMPLES = 5;
const MAX_CLOSEST = 3;

/** One time a user asked: the same question in one conversation counts once, whether menus followed or not. */
interface Ask {
  text: string;
  lang: Lang;
  at: Date;
  user: string;
  conversation: string;
  unanswered: boolean;
  didYouMean: boolean;
}

function wordings(asks: readonly { text: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const { text } of asks) counts.set(text, (counts.get(text) ?? 0) + 1);
  // A stable sort: equally frequent wordings stay in the order they were first asked.
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([text]) => text);
}

function closestEntries(knowledge: ReportKnowledge, text: string, lang: Lang): ClosestEntry[] {
  const matches = knowledge.match({ text, lang }).matches.slice(0, MAX_CLOSEST);
  return matches.map((match) => ({ id: match.id, title: match.question, score: Math.round(match.score * 1000) / 1000 }));
}

function asksOf(unanswered: readonly FeedbackRecord[], menus: readonly QuestionEventRecord[]): Ask[] {
  const asks = new Map<string, Ask>();
  const add = (record: FeedbackRecord | QuestionEventRecord, kind: 'unanswered' | 'didYouMean'): void => {
    if (record.question === '') return; // stripped by retention: counted in totals, no longer a wording
    const conversation = record.conversationId ?? `row:${kind}:${record.id}`;
    const key = `${conversation}\u0000${record.question}`;
    const ask = asks.get(key) ?? { text: record.question, lang: record.lang, at: record.at, user: record.userRef ?? key, conversation, unanswered: false, didYouMean: false };
    ask[kind] = true;
    asks.set(key, ask);
  };
  for (const record of unanswered) add(record, 'unanswered');
  for (const event of menus) add(event, 'didYouMean');
  return [...asks.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Unanswered and "did you mean" questions, one group per need, largest first; each with the entries closest to it. */
export function questionGroups(knowledge: ReportKnowledge, unanswered: readonly FeedbackRecord[], menus: readonly QuestionEventRecord[]): QuestionGroup[] {
  const asks = asksOf(unanswered, menus);
  const groups = groupByNeed(knowledge.kb, asks.map((ask) => ({ text: ask.text, lang: ask.lang, ref: ask })));
  return groups
    .map(({ lang, members }): QuestionGroup => {
      const of = members.map((member) => member.ref);
      const examples = wordings(of);
      const text = examples[0] ?? '';
      return {
        text,
        count: of.length,
        unanswered: of.filter((ask) => ask.unanswered).length,
        didYouMean: of.filter((ask) => ask.didYouMean).length,
        users: new Set(of.map((ask) => ask.user)).size,
        firstSeen: (of[0] as Ask).at.toISOString(),
        lastSeen: (of.at(-1) as Ask).at.toISOString(),
        lang,
        examples: examples.slice(0, MAX_EXAMPLES),
        closest: closestEntries(knowledge, text, lang),
      };
    })
    .sort((a, b) => b.count - a.count || (a.lastSeen < b.lastSeen ? 1 : -1));
}

/**
 * Questions whose "did you mean" pick was then rated helpful, per entry and need: the wording to add as an alternate,
 * with how many users did the same. A wording the entry already has is not proposed.
 */
export function alternateSuggestions(knowledge: ReportKnowledge, answers: readonly QuestionEventRecord[], ratings: readonly FeedbackRecord[]): AlternateSuggestion[] {
  const helpful = new Set(ratings.filter((record) => record.helpful).map((record) => record.answerKey));
  const picked = answers.filter((event) => event.reachedBy === 'did-you-mean' && event.question !== '' && helpful.has(event.eventKey));
  const byEntry = new Map<string, QuestionEventRecord[]>();
  for (const event of picked) byEntry.set(event.entryId ?? '', [...(byEntry.get(event.entryId ?? '') ?? []), event]);
  const suggestions: AlternateSuggestion[] = [];
  for (const [entryId, events] of byEntry) {
    const entry = knowledge.entry(entryId);
    const own = new Set(entry ? [...Object.values(entry.question), ...Object.values(entry.alternates).flat()].map((text) => text?.toLowerCase()) : []);
    const fresh = events.filter((event) => !own.has(event.question.toLowerCase()));
    for (const { lang, members } of groupByNeed(knowledge.kb, fresh.map((event) => ({ text: event.question, lang: event.lang, ref: event })))) {
      const examples = wordings(members);
      const of = members.map((member) => member.ref);
      suggestions.push({
        entryId,
        title: entry ? titleFor(entry, lang) : entryId,
        question: examples[0] ?? '',
        lang,
        users: new Set(of.map((event) => event.userRef ?? event.eventKey)).size,
        examples: examples.slice(0, MAX_EXAMPLES),
        lastSeen: (of.at(-1) as QuestionEventRecord).at.toISOString(),
      });
    }
  }
  return suggestions.sort((a, b) => b.users - a.users || (a.entryId < b.entryId ? -1 : 1));
}
