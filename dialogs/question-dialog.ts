import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { entriesFor, type FacetQuestion } from '../knowledge';
import type { FacetSelection, Match } from '../knowledge/types';
import { OPTION, optionArgument } from './cards/options';
import { agencyOffer, isPersonRequest } from './contact';
import { sessionOf, type ConversationDeps } from './deps';
import { MENU_PROMPT, QUESTION_DIALOG, QUESTION_STEPS } from './ids';
import { turnLanguage, turnTranslator } from './language';
import { MenuPrompt } from './menu/menu-prompt';
import type { MenuReply } from './menu/menu-option';
import { CASCADE, questionFrom, type QuestionRequest } from './next-step';
import { recordDidYouMean } from './feedback';
import { giveUp } from './question-fallback';
import { answerStep, MAX_SUGGESTIONS, splitMenu, suggestionsMenu, withoutTopics } from './question-menus';
import { searchWithTopics, splitQuestion } from './question-search';
import type { Searched } from './searched';
import { chooseFacet } from './session';
import { smallTalkReply } from './small-talk';

export { MAX_SUGGESTIONS } from './question-menus';

export type QuestionOptions = QuestionRequest;

/**
 * A free-text question, searched within the topics chosen for it and the topics it names ("Pour le ROR"): a confident
 * match is answered, a close call offers "did you mean", a broad question is first asked the one facet question that
 * best splits its candidates, and nothing useful says so, records the question and offers to write to the agency.
 * Small talk and requests for a person get their own replies, and are neither searched nor recorded.
 */
export class QuestionDialog extends ComponentDialog {
  constructor(private readonly deps: ConversationDeps) {
    super(QUESTION_DIALOG);
    this.addDialog(new MenuPrompt(MENU_PROMPT));
    this.addDialog(
      new WaterfallDialog(QUESTION_STEPS, [this.searchStep.bind(this), this.replyStep.bind(this), this.suggestionStep.bind(this)]),
    );
    this.initialDialogId = QUESTION_STEPS;
  }

  private async searchStep(step: WaterfallStepContext<QuestionOptions>): Promise<DialogTurnResult> {
    const { text, truncated } = step.options;
    const t = turnTranslator(step.context);
    const aside = await this.aside(step.context, text);
    if (aside !== undefined) {
      await step.context.sendActivity(aside);
      return step.endDialog(CASCADE);
    }
    if (truncated) await step.context.sendActivity(t('question.truncated'));
    const searched = await searchWithTopics(this.deps, step.context, step.options);
    Object.assign(step.values, searched);
    const { result } = searched;
    const [best, ...others] = result.matches;
    if (result.decision === 'answer' && best) return step.endDialog(answerStep(searched, best, others, 'search'));
    if (result.decision === 'suggest' && best) {
      const split = step.options.narrowed ? undefined : splitQuestion(this.deps, searched);
      if (split) return this.askSplit(step, split);
      return this.suggest(step);
    }
    await giveUp(this.deps, step.context, searched);
    return step.endDialog(CASCADE);
  }

  /** The reply to the facet question (then the question is searched again within it), or to "did you mean". */
  private async replyStep(step: WaterfallStepContext<QuestionOptions>): Promise<DialogTurnResult> {
    const searched = step.values as Searched;
    if (searched.menu === 'suggestions') return this.suggestionStep(step);
    const reply = step.result as MenuReply;
    if (reply.kind === 'text') return step.endDialog(questionFrom(reply));
    const value = optionArgument(reply.id, 'value');
    if (value !== undefined && searched.facet) {
      chooseFacet(await sessionOf(this.deps, step.context), searched.facet, value);
      const selection = { ...searched.selection, [searched.facet]: value };
      const only = this.onlyCandidate(searched, selection);
      const picked = { ...searched, selection, result: { ...searched.result, decision: 'suggest' as const } };
      if (only) return step.endDialog(answerStep(picked, only, [], 'search'));
      return step.endDialog({ next: 'question', text: searched.question, again: true, narrowed: true, topics: step.options.topics });
    }
    return this.suggest(step);
  }

  /** The candidate a facet choice leaves alone, if it leaves one entry only: that is the answer. */
  private onlyCandidate(searched: Searched, selection: FacetSelection): Match | undefined {
    const [only, ...more] = entriesFor(this.deps.kb, selection);
    if (only === undefined || more.length > 0) return undefined;
    return searched.result.matches.find((match) => match.id === only.id);
  }

  private async suggestionStep(step: WaterfallStepContext<QuestionOptions>): Promise<DialogTurnResult> {
    const reply = step.result as MenuReply;
    if (reply.kind === 'text') return step.endDialog(questionFrom(reply));
    const searched = step.values as Searched;
    if (reply.id === OPTION.dropTopics) return step.endDialog(withoutTopics(searched));
    const chosen = searched.result.matches.find((match) => match.id === optionArgument(reply.id, 'entry'));
    if (chosen) {
      const others = searched.result.matches.filter((match) => match !== chosen);
      return step.endDialog(answerStep({ ...searched, result: { ...searched.result, decision: 'suggest' } }, chosen, others, 'suggestion'));
    }
    await giveUp(this.deps, step.context, searched);
    return step.endDialog(CASCADE);
  }

  /** Small talk or a request for a person, which are not questions about the offers. */
  private async aside(context: TurnContext, text: string): Promise<string | undefined> {
    const t = turnTranslator(context);
    const smallTalk = smallTalkReply(text, t);
    if (smallTalk !== undefined) return smallTalk;
    if (!isPersonRequest(text)) return undefined;
    return [t('person.reply'), await agencyOffer(this.deps, context)].filter(Boolean).join('\n\n');
  }

  private askSplit(step: WaterfallStepContext, split: FacetQuestion): Promise<DialogTurnResult> {
    Object.assign(step.values, { menu: 'split', facet: split.facet.name } satisfies Partial<Searched>);
    return step.prompt(MENU_PROMPT, splitMenu(step.context, step.values as Searched, split));
  }

  /** "Did you mean", recorded for the editors unless it is the same question shown again (a language switch). */
  private async suggest(step: WaterfallStepContext<QuestionOptions>): Promise<DialogTurnResult> {
    Object.assign(step.values, { menu: 'suggestions' } satisfies Partial<Searched>);
    const searched = step.values as Searched;
    if (!step.options.again || step.options.narrowed) {
      const { result, selection, question } = searched;
      const offered = result.matches.slice(0, MAX_SUGGESTIONS).map((match) => match.id);
      const unanswered = { lang: turnLanguage(step.context), facets: selection, decision: result.decision, matchScore: result.matches[0]?.score ?? null, question };
      await recordDidYouMean(this.deps, step.context, unanswered, offered);
    }
    return step.prompt(MENU_PROMPT, suggestionsMenu(step.context, searched, this.deps.matcher));
  }
}
