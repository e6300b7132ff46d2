import type { TFunction } from 'i18next';
import type { FacetQuestion } from '../../knowledge';
import { LANGS, type Entry, type Lang } from '../../knowledge/types';
import { FEEDBACK_REASONS, type FeedbackReason } from '../../storage/feedback-store';
import type { MenuOption } from '../menu/menu-option';

/** Option ids: what a menu returns, parsed back by the dialog that built it. */
export const OPTION = {
  any: 'any',
  none: 'none',
  startOver: 'start-over',
  yes: 'yes',
  no: 'no',
  skip: 'skip',
  value: (id: string) => `value:${id}`,
  entry: (id: string) => `entry:${id}`,
  reason: (reason: FeedbackReason) => `reason:${reason}`,
} as const;

/** The id after `prefix:`, or undefined if the option is not of that kind. */
export function optionArgument(optionId: string, prefix: 'value' | 'entry' | 'reason'): string | undefined {
  return optionId.startsWith(`${prefix}:`) ? optionId.slice(prefix.length + 1) : undefined;
}

function strings(t: TFunction, key: string): string[] {
  const value = t(key, { returnObjects: true }) as unknown;
  return Array.isArray(value) ? value.map(String) : [];
}

/** "Labels (2)" for each useful value, then "Peu importe (9)". Typing a label in either language selects it. */
export function facetOptions(question: FacetQuestion, lang: Lang, t: TFunction): MenuOption[] {
  const values = question.choices.map(({ value, count }) => ({
    id: OPTION.value(value.id),
    title: t('cascade.withCount', { label: value.label[lang], count }),
    value: value.label[lang],
    synonyms: LANGS.filter((other) => other !== lang).map((other) => value.label[other]),
  }));
  const any = {
    id: OPTION.any,
    title: t('cascade.withCount', { label: t('cascade.any'), count: question.remaining }),
    value: t('cascade.any'),
    synonyms: strings(t, 'cascade.anySynonyms'),
  };
  return [...values, any];
}

/** One option per entry, its question as the title. */
export function entryOptions(entries: readonly Entry[], lang: Lang): MenuOption[] {
  return entries.map((entry) => ({
    id: OPTION.entry(entry.id),
    title: entry.question[lang],
    value: entry.question[lang],
  }));
}

/** A last option such as "Aucune de ces questions". */
export function plainOption(id: string, label: string): MenuOption {
  return { id, title: label, value: label };
}

/** Oui / Non, each carrying the answer it rates so that a click on an old button is recognised. */
export function feedbackOptions(answerKey: string, t: TFunction): MenuOption[] {
  const option = (id: typeof OPTION.yes | typeof OPTION.no, label: string, synonyms: string) => ({
    id,
    title: t(label),
    value: t(label),
    synonyms: strings(t, synonyms),
    payload: { feedback: id, answerKey },
  });
  return [
    option(OPTION.yes, 'feedback.yes', 'feedback.yesSynonyms'),
    option(OPTION.no, 'feedback.no', 'feedback.noSynonyms'),
  ];
}

export function reasonOptions(t: TFunction): MenuOption[] {
  const reasons = FEEDBACK_REASONS.map((reason) => plainOption(OPTION.reason(reason), t(`feedback.reason.${reason}`)));
  return [...reasons, plainOption(OPTION.skip, t('feedback.reason.skip'))];
}
