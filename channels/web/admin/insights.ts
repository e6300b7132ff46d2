import { Matcher, type KnowledgeBase, type Lang } from '../../../knowledge';
import { comparable } from '../../../knowledge/text';
import { buildEditorsReport, type AnalyticsReader, type FeedbackFilter, type FeedbackReader, type FeedbackStats } from '../../../storage';

/** One need users expressed without a good answer: the texts (redacted as stored), how often, when. */
export interface InboxGroup {
  /** What a dismissal or an accepted alternate is recorded under: the language and the comparable wording. */
  key: string;
  text: string;
  lang: Lang;
  count: number;
  firstSeen: Date;
  lastSeen: Date;
  examples: string[];
}

/** What the admin pages read: the figures, and the inbox grouped by need as the editors' report groups it. */
export interface AdminInsights {
  figures(filter: FeedbackFilter): Promise<FeedbackStats>;
  inbox(filter: FeedbackFilter, dismissed: ReadonlySet<string>): Promise<InboxGroup[]>;
}

/** The matcher of the base being served, built on first use after each change (not at start-up: the page is rare). */
export function servedMatcher(knowledge: { readonly kb: KnowledgeBase }): () => Matcher {
  let built: { kb: KnowledgeBase; matcher: Matcher } | undefined;
  return () => {
    const { kb } = knowledge;
    if (built?.kb !== kb) built = { kb, matcher: new Matcher(kb) };
    return built.matcher;
  };
}

export const inboxKey = (lang: Lang, text: string): string => `${lang}:${comparable(text)}`;

export function reportInsights(feedback: FeedbackReader, events: AnalyticsReader, matcher: () => Matcher): AdminInsights {
  return {
    figures: (filter) => feedback.stats(filter),
    async inbox(filter, dismissed) {
      const report = await buildEditorsReport(events, matcher(), { since: filter.from, until: filter.to, lang: filter.lang, channel: filter.channelId });
      return report.unanswered
        .map((group) => ({ ...group, key: inboxKey(group.lang, group.text), firstSeen: new Date(group.firstSeen), lastSeen: new Date(group.lastSeen) }))
        .filter((group) => !dismissed.has(group.key));
    },
  };
}
