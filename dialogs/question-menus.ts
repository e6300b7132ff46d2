import type { TurnContext } from 'botbuilder';
import type { FacetQuestion, Matcher } from '../knowledge';
import type { Match } from '../knowledge/types';
import { dropTopicsOption, entryOptions, facetOptions, newQuestionOption, noneOption } from './cards/options';
import { understoodLine } from './cards/topics-line';
import { languageOfferOptions } from './language-offer';
import { turnLanguage, turnTranslator } from './language';
import type { MenuPromptOptions } from './menu/menu-prompt';
import type { MenuOption } from './menu/menu-option';
import type { NextStep, ReachedBy } from './next-step';
import type { Searched } from './searched';

/** "Did you mean" offers this many questions; a question with more candidates is asked to narrow them first. */
export const MAX_SUGGESTIONS = 3;

/** « Sur le thème « ROR » : », when the question's topics narrowed what was found. */
function intro(context: TurnContext, searched: Searched): string[] {
  const t = turnTranslator(context);
  return searched.understood.length > 0 ? [understoodLine(searched.understood, turnLanguage(context), t)] : [];
}

/** Dropping the topics said back, continuing in the question's language, « Nouvelle question ». */
function extraOptions(context: TurnContext, searched: Searched): MenuOption[] {
  const t = turnTranslator(context);
  return [...(searched.understood.length > 0 ? [dropTopicsOption(t)] : []), ...languageOfferOptions(context), newQuestionOption(t)];
}

/** A menu of this question, which a language switch rebuilds by searching the question again. */
function menuOf(context: TurnContext, searched: Searched, text: string, options: MenuOption[]): MenuPromptOptions {
  const again: NextStep = { next: 'question', text: searched.question, again: true };
  return { text, options, lang: turnLanguage(context), resume: again };
}

/** The facet question that best splits a broad question's candidates. */
export function splitMenu(context: TurnContext, searched: Searched, split: FacetQuestion): MenuPromptOptions {
  const lang = turnLanguage(context);
  const t = turnTranslator(context);
  const text = [...intro(context, searched), t('question.broad'), split.facet.prompt[lang]].join('\n\n');
  return menuOf(context, searched, text, [...facetOptions(split, lang, t), ...extraOptions(context, searched)]);
}

/** "Did you mean": the best questions found, and « Aucune de ces questions ». */
export function suggestionsMenu(context: TurnContext, searched: Searched, matcher: Matcher): MenuPromptOptions {
  const lang = turnLanguage(context);
  const t = turnTranslator(context);
  const suggested = searched.result.matches.slice(0, MAX_SUGGESTIONS).flatMap((match) => matcher.entry(match.id) ?? []);
  const options = [...entryOptions(suggested, lang), noneOption(t, 'question.noneOfThese'), ...extraOptions(context, searched)];
  return menuOf(context, searched, [...intro(context, searched), t('question.didYouMean')].join('\n\n'), options);
}

/** The same question, searched in the whole base without the topics it names. */
export function withoutTopics(searched: Searched): NextStep {
  return { next: 'question', text: searched.question, topics: 'none', again: true };
}

/** The answer to show for the question, with what the feedback and the follow-ups need. */
export function answerStep(searched: Searched, best: Match, others: readonly Match[], reachedBy: ReachedBy): NextStep {
  return {
    next: 'answer',
    answer: {
      entryId: best.id,
      decision: searched.result.decision,
      matchScore: best.score,
      question: searched.question,
      relaxed: searched.result.relaxed,
      alternatives: others.map((match) => ({ entryId: match.id, score: match.score })),
      facets: searched.selection,
      reachedBy,
      understood: searched.understood,
    },
  };
}
