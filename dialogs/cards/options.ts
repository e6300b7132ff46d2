import type { TFunction } from 'i18next';
import { titleFor, type FacetQuestion } from '../../knowledge';
import { LANGS, type Entry, type Lang } from '../../knowledge/types';
import { translator } from '../../locales';
import { FEEDBACK_REASONS, type FeedbackReason } from '../../storage/feedback/feedback-store';
import type { MenuOption } from '../menu/menu-option';
import { counted } from './numbers';

/** Option ids: what a menu returns, parsed back by the dialog that built it. */
export const OPTION = {
  any: 'any',
  none: 'none',
  startOver: 'start-over',
  yes: 'yes',
  no: 'no',
  skip: 'skip',
  more: 'more',
  dropTopics: 'drop-topics',
  newQuestion: 'new-question',
  continueIn: 'continue-in',
  value: (id: string) => `value:${id}`,
  entry: (id: string) => `entry:${id}`,
  reason: (reason: FeedbackReason) => `reason:${reason}`,
} as const;

/** The id after `prefix:`, or undefined if the option is not of that kind. */
export function optionArgument(optionId: string, prefix: 'value' | 'entry' | 'reason'): string | undefined {
  return optionId.startsWith(`${prefix}:`) ? optionId.slice(prefix.length + 1) : undefined;
}

/**
 * The texts of these keys (a label, or a list of synonyms) in every language: a French speaker may type "Peu importe"
 * in an English conversation, and buttons left from before a language switch still send the old language's label.
 */
function everyLanguage(...keys: string[]): string[] {
  return LANGS.flatMap((lang) => {
    const t = translator(lang, 'conversation');
    return keys.flatMap((key) => {
      const value = t(key, { returnObjects: true }) as unknown;
      return Array.isArray(value) ? value.map(String) : [String(value)];
    });
  });
}

/** "Labels (2)" for each useful value, then "Peu importe (9)". Typing a label in either language selects it. */
export function facetOptions(question: FacetQuestion, lang: Lang, t: TFunction): MenuOption[] {
  const values = question.choices.map(({ value, count }) => ({
    id: OPTION.value(value.id),
    title: t('cascade.withCount', { label: value.label[lang], ...counted(count, lang) }),
    value: value.label[lang],
    synonyms: [...LANGS.filter((other) => other !== lang).map((other) => value.label[other]), ...value.aliases],
  }));
  const any = {
    id: OPTION.any,
    title: t('cascade.withCount', { label: t('cascade.any'), ...counted(question.remaining, lang) }),
    value: t('cascade.any'),
    synonyms: everyLanguage('cascade.any', 'cascade.anySynonyms'),
  };
  return [...values, any];
}

/**
 * One option per entry, its title in the user's language when it has one, else in its own (typing its title in the
 * other language selects it too).
 */
export function entryOptions(entries: readonly Entry[], lang: Lang): MenuOption[] {
  return entries.map((entry) => ({
    id: OPTION.entry(entry.id),
    title: titleFor(entry, lang),
    value: titleFor(entry, lang),
    synonyms: LANGS.filter((other) => other !== lang && entry.title[other] !== undefined).map((other) => titleFor(entry, other)),
  }));
}

/** A last option such as "Aucune de ces questions". */
export function plainOption(id: string, label: string): MenuOption {
  return { id, title: label, value: label };
}

/** An option whose label is a conversation string, selected by typing it (or its synonyms) in either language. */
export function translatedOption(id: string, t: TFunction, labelKey: string, synonymsKey?: string): MenuOption {
  const label = t(labelKey);
  return { id, title: label, value: label, synonyms: everyLanguage(labelKey, ...(synonymsKey ? [synonymsKey] : [])) };
}

/**
 * "Aucune de ces questions" after "Vouliez-vous dire", "Aucune de ces réponses" after a "No": a plain "non" selects it.
 * (Not in the cascade's list, which follows "Avez-vous une autre question ?": there "non" means "that's all".)
 */
export function noneOption(t: TFunction, labelKey: string): MenuOption {
  return translatedOption(OPTION.none, t, labelKey, 'cascade.noneSynonyms');
}

/** Thumbs and other signs people answer "was it helpful?" with, alone or repeated (skin tones are ignored). */
const FEEDBACK_SYMBOLS = {
  yes: ['👍', '👌', '✅', '✔', '☑', '🙂', '😀', '😃', '😊', '🙏', '👏', '💯', '🆗', '+1'],
  no: ['👎', '❌', '✖', '🙁', '☹', '😞', '😕', '😐', '-1'],
} as const;

/** Oui / Non, each carrying the answer it rates so that a click on an old button is recognised; 👍 and 👎 count. */
export function feedbackOptions(answerKey: string, t: TFunction): MenuOption[] {
  const option = (id: typeof OPTION.yes | typeof OPTION.no, label: string, synonyms: string) => ({
    ...translatedOption(id, t, label, synonyms),
    symbols: [...FEEDBACK_SYMBOLS[id]],
    payload: { feedback: id, answerKey },
  });
  return [
    option(OPTION.yes, 'feedback.yes', 'feedback.yesSynonyms'),
    option(OPTION.no, 'feedback.no', 'feedback.noSynonyms'),
  ];
}

/**
 * « Nouvelle question », always at hand once a search has started: its text is the global command that drops the
 * topics and starts over (`recognizeCommand`), whichever menu it is clicked on.
 */
export function newQuestionOption(t: TFunction): MenuOption {
  return translatedOption(OPTION.newQuestion, t, 'newQuestion.label');
}

/** « Chercher dans tous les thèmes »: the same question, without the topics it named. */
export function dropTopicsOption(t: TFunction): MenuOption {
  return translatedOption(OPTION.dropTopics, t, 'topics.drop', 'topics.dropSynonyms');
}

/** "Continue in English" (in the turn's language): its text is the language command, so the choice is kept. */
export function continueInOption(t: TFunction): MenuOption {
  return translatedOption(OPTION.continueIn, t, 'language.continueIn');
}

export function reasonOptions(t: TFunction): MenuOption[] {
  const reasons = FEEDBACK_REASONS.map((reason) =>
    translatedOption(OPTION.reason(reason), t, `feedback.reason.${reason}`, `feedback.reasonSynonyms.${reason}`),
  );
  return [...reasons, translatedOption(OPTION.skip, t, 'feedback.reason.skip')];
}
