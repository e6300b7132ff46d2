import type { TurnContext } from 'botbuilder';
import type { Entry } from '../knowledge/types';
import { counted } from './cards/numbers';
import { entryOptions, newQuestionOption, noneOption } from './cards/options';
import type { ConversationDeps } from './deps';
import { turnLanguage, turnTranslator } from './language';
import type { MenuOption } from './menu/menu-option';
import { nextBestAnswers } from './next-best-answers';
import type { AnswerRequest, NextStep } from './next-step';

/** After an answer, at most this many "see also". */
export const MAX_SEE_ALSO = 3;

export interface FollowUpMenu {
  text: string;
  options: MenuOption[];
}

/** "Voir aussi": entries worth reading after this one, not yet shown for the question, and « Nouvelle question ». */
export async function seeAlsoMenu(
  deps: ConversationDeps,
  context: TurnContext,
  entry: Entry,
  tried: readonly string[],
): Promise<FollowUpMenu | undefined> {
  const entries = await deps.followUps.after(entry, MAX_SEE_ALSO, tried);
  if (entries.length === 0) return undefined;
  const lang = turnLanguage(context);
  const t = turnTranslator(context);
  return { text: t('seeAlso.intro', counted(entries.length, lang)), options: [...entryOptions(entries, lang), newQuestionOption(t)] };
}

/** After "No": the next best answers not tried yet for this question, and « Aucune de ces réponses ». */
export function alternativesMenu(
  deps: ConversationDeps,
  context: TurnContext,
  request: AnswerRequest,
  tried: readonly string[],
): FollowUpMenu | undefined {
  const alternatives = nextBestAnswers(request, deps.matcher).filter((entry) => !tried.includes(entry.id));
  if (alternatives.length === 0) return undefined;
  const lang = turnLanguage(context);
  const t = turnTranslator(context);
  const options = [...entryOptions(alternatives, lang), noneOption(t, 'feedback.noneOfThese')];
  return { text: t('feedback.alternatives', counted(alternatives.length, lang)), options };
}

/** The entry picked among the other answers or the "see also": the next answer of the same question. */
export function pickedEntry(request: AnswerRequest, entryId: string, offered: 'alternatives' | 'see-also'): NextStep {
  const answer: AnswerRequest = {
    ...request,
    entryId,
    decision: 'suggest',
    matchScore: null,
    reachedBy: offered === 'see-also' ? 'see-also' : 'alternative',
    understood: undefined,
    resume: undefined,
    alternatives: request.alternatives.filter((other) => other.entryId !== entryId && other.entryId !== request.entryId),
  };
  return { next: 'answer', answer };
}
