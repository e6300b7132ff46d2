import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { entriesFor, nextFacetQuestion, titleFor, type FacetQuestion } from '../knowledge';
import type { Entry, FacetName } from '../knowledge/types';
import { entryOptions, facetOptions, OPTION, optionArgument, translatedOption } from './cards/options';
import { sessionOf, type ConversationDeps } from './deps';
import { CASCADE_DIALOG, CASCADE_QUESTION, CASCADE_STEPS, MENU_PROMPT } from './ids';
import { turnLanguage, turnTranslator } from './language';
import { MenuPrompt, type MenuPromptOptions } from './menu/menu-prompt';
import type { MenuReply } from './menu/menu-option';
import { CASCADE, questionFrom, type AnswerRequest, type NextStep } from './next-step';
import { chooseFacet, resetCascade, type Session } from './session';

/** At most this many remaining entries are offered as a list of questions instead of another facet question. */
export const MAX_LISTED_ENTRIES = 5;

interface CascadeValues {
  facet?: FacetName;
  listed?: string[];
}

/**
 * One step of the guided questionnaire: the next facet question that still splits the remaining entries (with how
 * many answers each choice leads to), or the remaining questions themselves once few are left. Ends with the
 * `NextStep` the main loop takes.
 */
export class CascadeDialog extends ComponentDialog {
  constructor(private readonly deps: ConversationDeps) {
    super(CASCADE_DIALOG);
    this.addDialog(new MenuPrompt(CASCADE_QUESTION));
    this.addDialog(new MenuPrompt(MENU_PROMPT));
    this.addDialog(
      new WaterfallDialog(CASCADE_STEPS, [
        this.askStep.bind(this),
        this.replyStep.bind(this),
        this.ownQuestionStep.bind(this),
      ]),
    );
    this.initialDialogId = CASCADE_STEPS;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const session = await sessionOf(this.deps, step.context);
    const entries = entriesFor(this.deps.kb, session.selection);
    const facetQuestion =
      entries.length > MAX_LISTED_ENTRIES
        ? nextFacetQuestion(this.deps.kb, session.selection, session.asked)
        : undefined;
    const values = step.values as CascadeValues;
    if (facetQuestion) {
      values.facet = facetQuestion.facet.name;
      return step.prompt(CASCADE_QUESTION, this.facetMenu(step, facetQuestion, session));
    }
    if (entries.length > 0 && entries.length <= MAX_LISTED_ENTRIES) {
      values.listed = entries.map((entry) => entry.id);
      return step.prompt(CASCADE_QUESTION, this.entriesMenu(step, entries));
    }
    return step.prompt(CASCADE_QUESTION, this.ownQuestionMenu(step, 'cascade.free'));
  }

  private async replyStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const session = await sessionOf(this.deps, step.context);
    const reply = step.result as MenuReply;
    if (reply.kind === 'text') return step.endDialog(questionFrom(reply));
    const values = step.values as CascadeValues;
    const value = optionArgument(reply.id, 'value');
    if (values.facet && (reply.id === OPTION.any || value !== undefined)) {
      chooseFacet(session, values.facet, value);
      return step.endDialog(CASCADE);
    }
    const entryId = optionArgument(reply.id, 'entry');
    if (entryId !== undefined) return step.endDialog(this.pickedFromList(step, entryId, values.listed ?? []));
    if (reply.id === OPTION.none)
      return step.prompt(MENU_PROMPT, this.ownQuestionMenu(step, 'cascade.askYourQuestion'));
    return this.startOver(step, session);
  }

  private async ownQuestionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const reply = step.result as MenuReply;
    if (reply.kind === 'text') return step.endDialog(questionFrom(reply));
    return this.startOver(step, await sessionOf(this.deps, step.context));
  }

  private startOver(step: WaterfallStepContext, session: Session): Promise<DialogTurnResult> {
    resetCascade(session);
    return step.endDialog(CASCADE);
  }

  private facetMenu(step: WaterfallStepContext, question: FacetQuestion, session: Session): MenuPromptOptions {
    const lang = turnLanguage(step.context);
    const t = turnTranslator(step.context);
    const first = session.asked.length === 0;
    const text = first ? `${question.facet.prompt[lang]}\n\n${t('cascade.firstHint')}` : question.facet.prompt[lang];
    return { text, options: facetOptions(question, lang, t) };
  }

  private entriesMenu(step: WaterfallStepContext, entries: readonly Entry[]): MenuPromptOptions {
    const lang = turnLanguage(step.context);
    const t = turnTranslator(step.context);
    const options = [...entryOptions(entries, lang), translatedOption(OPTION.none, t, 'cascade.noneOfThese')];
    return { text: t('cascade.pickQuestion', { count: entries.length }), options };
  }

  private ownQuestionMenu(step: WaterfallStepContext, textKey: string): MenuPromptOptions {
    const t = turnTranslator(step.context);
    const options = [translatedOption(OPTION.startOver, t, 'cascade.startOver')];
    return { text: t(textKey), options };
  }

  private pickedFromList(step: WaterfallStepContext, entryId: string, listed: readonly string[]): NextStep {
    const entry = this.deps.matcher.entry(entryId);
    const answer: AnswerRequest = {
      entryId,
      decision: 'answer',
      matchScore: null,
      question: entry === undefined ? entryId : titleFor(entry, turnLanguage(step.context)),
      relaxed: false,
      alternatives: listed.filter((id) => id !== entryId).map((id) => ({ entryId: id, score: null })),
    };
    return { next: 'answer', answer };
  }
}
