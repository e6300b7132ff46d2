import type { Lang } from '../../knowledge/types';
import type { FeedbackReason } from '../feedback/feedback-store';

/**
 * The editors' report: what users asked, what they were shown and what they thought of it, over a period. One shape
 * for the `report` command (every format) and the admin dashboard. Stable: fields are added, never renamed or removed.
 * Counts are whole numbers; rates are in [0, 1], or null when nothing was rated. Dates are ISO 8601 strings (UTC).
 */
export interface EditorsReport {
  period: ReportPeriod;
  /** The filters the report was built with, besides the period. */
  filters: { lang: Lang | null; channel: string | null; topic: TopicRef | null };
  totals: ReportTotals;
  /** Every entry shown or rated in the period, most shown first (then by id). */
  entries: EntryFigures[];
  /** Per facet value the answers were about (the topics chosen, named, or the entry's own), by facet then value. */
  byTopic: TopicFigures[];
  byLanguage: SliceFigures[];
  byChannel: SliceFigures[];
  /** One point per day, or per week (starting Monday) for periods longer than 62 days; every step, even empty. */
  timeline: TimelinePoint[];
  /** Unanswered and "did you mean" questions, one group per need, largest first. */
  unanswered: QuestionGroup[];
  /** Questions whose "did you mean" pick was then rated helpful: candidates for that entry's alternates. */
  suggestions: AlternateSuggestion[];
}

export interface ReportPeriod {
  /** Inclusive start. */
  since: string;
  /** Exclusive end (the time the report was built, unless given). */
  until: string;
  /** How the timeline is stepped. */
  step: 'day' | 'week';
}

export interface ReportTotals {
  /** Answers shown. */
  answers: number;
  helpful: number;
  notHelpful: number;
  /** Questions the bot could not answer (fallback, or "none of these" after "did you mean"). */
  unanswered: number;
  /** "Did you mean" menus shown. */
  didYouMean: number;
  /** helpful / (helpful + notHelpful), null when nothing was rated. */
  helpfulRate: number | null;
}

/** How users reached an answer. `typed`: a question answered directly; `didYouMean`: picked in "did you mean". */
export interface ReachedByCounts {
  cascade: number;
  typed: number;
  didYouMean: number;
  /** Picked among the other answers offered after a "No". */
  alternative: number;
  /** Picked in "see also" after a "Yes". */
  seeAlso: number;
}

export interface EntryFigures {
  id: string;
  /** The entry's title in the report's language (or its own), or the id when the entry is no longer in the base. */
  title: string;
  /** False when the entry is no longer in the knowledge base. */
  known: boolean;
  shown: number;
  helpful: number;
  notHelpful: number;
  rate: number | null;
  /** Reasons given after "No" (every reason listed, zero included). */
  notHelpfulReasons: Record<FeedbackReason, number>;
  reachedBy: ReachedByCounts;
}

/** A facet value, as `facet:value` names it in filters (`offer:segur`). */
export interface TopicRef {
  facet: string;
  value: string;
}

/** Figures of one slice of the records (a language, a channel, a topic). */
export interface SliceFigures {
  /** The language code, the channel id, or `facet:value`. */
  key: string;
  answers: number;
  helpful: number;
  notHelpful: number;
  unanswered: number;
  rate: number | null;
}

export interface TopicFigures extends SliceFigures, TopicRef {
  /** The value's label in the report's language, or the value id when the facet file no longer has it. */
  label: string;
}

export interface TimelinePoint {
  /** First day of the step (YYYY-MM-DD). */
  start: string;
  answers: number;
  unanswered: number;
  helpful: number;
  notHelpful: number;
  helpfulRate: number | null;
}

/** An entry a group of questions came closest to, as the matcher ranks it for the group's first example. */
export interface ClosestEntry {
  id: string;
  title: string;
  /** The matcher's score in [0, 1]. */
  score: number;
}

/** Questions of one need: same content words once stemmed, spelling slips and word order aside. */
export interface QuestionGroup {
  /** The most frequent wording of the group (redacted, as stored). */
  text: string;
  count: number;
  /** How many of them were unanswered, and how many got a "did you mean" menu. */
  unanswered: number;
  didYouMean: number;
  /** Distinct users (records without a user count one each). */
  users: number;
  firstSeen: string;
  lastSeen: string;
  lang: Lang;
  /** Distinct wordings, most frequent first (at most five). */
  examples: string[];
  /** At most three, best first; empty when nothing in the base comes near. */
  closest: ClosestEntry[];
}

export interface AlternateSuggestion {
  entryId: string;
  /** The entry's title in the question's language (or its own). */
  title: string;
  /** The wording to add as an alternate (the group's most frequent). */
  question: string;
  lang: Lang;
  /** Distinct users who picked that entry for that need and rated it helpful. */
  users: number;
  /** Every wording of the need that was picked (at most five). */
  examples: string[];
  lastSeen: string;
}

/** What a report is about: a period and optional slices, all combined. */
export interface ReportFilters {
  /** Inclusive; default: 30 days before `until`. */
  since?: Date;
  /** Exclusive; default: now. */
  until?: Date;
  lang?: Lang;
  channel?: string;
  topic?: TopicRef;
  /** The language titles and labels are shown in (default French). */
  displayLang?: Lang;
}
