import type { FeedbackFilter, FeedbackReader, FeedbackStats } from '../../../storage';
import type { Lang } from '../../../knowledge/types';

/** One need users expressed without getting an answer: the texts (redacted as stored), how often, when. */
export interface InboxGroup {
  key: string;
  text: string;
  lang: Lang;
  count: number;
  firstSeen: Date;
  lastSeen: Date;
  examples: string[];
}

/**
 * What the admin pages read: the figures and the inbox, from the feedback store. Texts are grouped by their
 * normalised spelling here; the insights module's grouping by need replaces it when it is wired in.
 */
export interface AdminInsights {
  figures(filter: FeedbackFilter): Promise<FeedbackStats>;
  inbox(filter: FeedbackFilter, dismissed: ReadonlySet<string>): Promise<InboxGroup[]>;
}

const keyOf = (lang: string, text: string): string =>
  `${lang}:${text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()}`;

export function feedbackInsights(feedback: FeedbackReader): AdminInsights {
  return {
    figures: (filter) => feedback.stats(filter),
    async inbox(filter, dismissed) {
      const records = await feedback.list({ ...filter, limit: 10_000 });
      const groups = new Map<string, InboxGroup>();
      for (const record of records) {
        if (record.entryId !== null || !record.question.trim()) continue;
        const key = keyOf(record.lang, record.question);
        if (dismissed.has(key)) continue;
        const group = groups.get(key) ?? { key, text: record.question, lang: record.lang, count: 0, firstSeen: record.at, lastSeen: record.at, examples: [] };
        group.count += 1;
        if (record.at < group.firstSeen) group.firstSeen = record.at;
        if (record.at > group.lastSeen) group.lastSeen = record.at;
        if (group.examples.length < 3 && !group.examples.includes(record.question)) group.examples.push(record.question);
        groups.set(key, group);
      }
      return [...groups.values()].sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime());
    },
  };
}
