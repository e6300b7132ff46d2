import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { bestSplittingQuestion, entriesFor, type FacetQuestion } from '../knowledge';
import type { FacetSelection, Match } from '../knowledge/types';
import { dropTopicsOption, entryOptions, facetOptions, newQuestionOption, noneOption, OPTION, optionArgument } from './cards/options';
import { understoodLine } from './cards/topics-line';
import { agencyOffer, isPersonRequest } from './contact';
import { sessionOf, type ConversationDeps } from './deps';
import { languageOfferOptions } from './language-offer';
import { MENU_PROMPT, QUESTION_DIALOG, QUESTION_STEPS } from './ids';
import { turnLanguage, turnTranslator } from './language';
import { MenuPrompt, type MenuPromptOptions } from './menu/menu-prompt';
import type { MenuOption, MenuReply } from './menu/menu-option';
import { CASCADE, questionFrom, type NextStep, type QuestionRequest } from './next-step';
import { giveUp } from './question-fallback';
import type { Searched } from './searched';
import { searchQuestion } from './search';
import { chooseFacet, startQuestion } from './session';
import { smallTalkReply } from './small-talk';

/** "Did you mean" offers this many questions; a question with more candidates is asked to narrow them first. */
export const MAX_SUGGESTIONS = 3;

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
    const searched = await this.search(step.context, step.options);
    Object.assign(step.values, searched);
    const { result } = searched;
    const [best, ...others] = result.matches;
    if (result.decision === 'answer' && best) return step.endDialog(this.answer(searched, best, others, 'search'));
    if (result.decision === 'suggest' && best) {
      const split = step.options.narrowed ? undefined : this.splitQuestion(searched);
      if (split) return this.askSplit(step, searched, split);
      return this.suggest(step, searched);
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
      if (only) return step.endDialog(this.answer(picked, only, [], 'suggestion'));
      return step.endDialog({ next: 'question', text: searched.question, again: true, narrowed: true, topics: step.options.topics });
    }
    return this.suggest(step, searched);
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
    if (reply.id === OPTION.dropTopics) return step.endDialog(this.withoutTopics(searched));
    const chosen = searched.result.matches.find((match) => match.id === optionArgument(reply.id, 'entry'));
    if (chosen) {
      const others = searched.result.matches.filter((match) => match !== chosen);
      return step.endDialog(this.answer({ ...searched, result: { ...searched.result, decision: 'suggest' } }, chosen, others, 'suggestion'));
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

  /**
   * Within the topics chosen for this question and those it names (a named value replaces a chosen one of the same
   * facet; both are dropped for the named ones alone when together they leave nothing).
   */
  private async search(context: TurnContext, request: QuestionRequest): Promise<Searched> {
    const session = await sessionOf(this.deps, context);
    const named = request.topics === 'none' ? { selection: {}, shown: [] } : this.deps.topics.read(request.text);
    let selection: FacetSelection = { ...session.selection, ...named.selection };
    if (entriesFor(this.deps.kb, selection).length === 0) selection = named.selection;
    const result = searchQuestion(this.deps.matcher, request.text, turnLanguage(context), selection);
    if (!request.again || !session.question) startQuestion(session, request.text, selection);
    else session.question.topics = selection;
    const t = turnTranslator(context);
    const chosen = Object.keys(session.selection).length > 0;
    if (result.relaxed && result.decision !== 'fallback' && chosen) await context.sendActivity(t('question.relaxed'));
    const narrowed = named.shown.length > 0 && !result.relaxed && result.decision !== 'fallback';
    return { question: request.text, selection, result, understood: narrowed ? named.shown : [], named: named.shown };
  }

  /**
   * A broad question: more candidates than "did you mean" shows (the matches listed share more than a stray word with
   * it), which one facet tells apart.
   */
  private splitQuestion(searched: Searched): FacetQuestion | undefined {
    const listed = searched.result.matches;
    if (listed.length <= MAX_SUGGESTIONS) return undefined;
    const candidates = listed.flatMap((match) => this.deps.matcher.entry(match.id) ?? []);
    return bestSplittingQuestion(this.deps.kb, searched.selection, candidates);
  }

  private intro(step: WaterfallStepContext, searched: Searched): string[] {
    const t = turnTranslator(step.context);
    return searched.understood.length > 0 ? [understoodLine(searched.understood, turnLanguage(step.context), t)] : [];
  }

  private extraOptions(step: WaterfallStepContext, searched: Searched): MenuOption[] {
    const t = turnTranslator(step.context);
    return [...(searched.understood.length > 0 ? [dropTopicsOption(t)] : []), ...languageOfferOptions(step.context), newQuestionOption(t)];
  }

  private menuOf(step: WaterfallStepContext, searched: Searched, text: string, options: MenuOption[]): MenuPromptOptions {
    const again: NextStep = { next: 'question', text: searched.question, again: true };
    return { text, options, lang: turnLanguage(step.context), resume: again };
  }

  private askSplit(step: WaterfallStepContext, searched: Searched, split: FacetQuestion): Promise<DialogTurnResult> {
    const lang = turnLanguage(step.context);
    const t = turnTranslator(step.context);
    Object.assign(step.values, { menu: 'split', facet: split.facet.name } satisfies Partial<Searched>);
    const text = [...this.intro(step, searched), t('question.broad'), split.facet.prompt[lang]].join('\n\n');
    const options = [...facetOptions(split, lang, t), ...this.extraOptions(step, searched)];
    return step.prompt(MENU_PROMPT, this.menuOf(step, searched, text, options));
  }

  private suggest(step: WaterfallStepContext, searched: Searched): Promise<DialogTurnResult> {
    const lang = turnLanguage(step.context);
    const t = turnTranslator(step.context);
    Object.assign(step.values, { menu: 'suggestions' } satisfies Partial<Searched>);
    const suggested = searched.result.matches.slice(0, MAX_SUGGESTIONS).flatMap((match) => this.deps.matcher.entry(match.id) ?? []);
    const options = [...entryOptions(suggested, lang), noneOption(t, 'question.noneOfThese'), ...this.extraOptions(step, searched)];
    const text = [...this.intro(step, searched), t('question.didYouMean')].join('\n\n');
    return step.prompt(MENU_PROMPT, this.menuOf(step, searched, text, options));
  }

  private withoutTopics(searched: Searched): NextStep {
    return { next: 'question', text: searched.question, topics: 'none', again: true };
  }

  private answer(searched: Searched, best: Match, others: readonly Match[], reachedBy: 'search' | 'suggestion'): NextStep {
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
}

