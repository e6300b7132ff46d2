import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { countFor, entriesFor, nextFacetQuestion, titleFor, type FacetQuestion } from '../knowledge';
import type { Entry, FacetName } from '../knowledge/types';
import { counted } from './cards/numbers';
import { entryOptions, facetOptions, newQuestionOption, OPTION, optionArgument, translatedOption } from './cards/options';
import { sessionOf, type ConversationDeps } from './deps';
import { CASCADE_DIALOG, CASCADE_QUESTION, CASCADE_STEPS, MENU_PROMPT } from './ids';
import { turnLanguage, turnTranslator } from './language';
import { MenuPrompt, type MenuPromptOptions } from './menu/menu-prompt';
import type { MenuOption, MenuReply } from './menu/menu-option';
import { CASCADE, questionFrom, type AnswerRequest, type NextStep } from './next-step';
import { chooseFacet, startQuestion, type Session } from './session';

/** At most this many remaining entries are offered as a list of questions instead of another facet question. */
export const MAX_LISTED_ENTRIES = 5;
/** When no facet question is left, the remaining questions are listed this many at a time. */
export const LIST_PAGE = 8;

interface CascadeOptions {
  /** Where the list of remaining questions starts (its next page). */
  offset?: number;
}

interface CascadeValues {
  facet?: FacetName;
  listed?: string[];
  offset?: number;
}

/**
 * One step of the guided questionnaire: the next facet question that still splits the remaining entries (with how
 * many answers each choice leads to), or the remaining questions themselves once few are left, or, when no facet
 * tells them apart any more, all of them a page at a time. Ends with the `NextStep` the main loop takes.
 */
export class CascadeDialog extends ComponentDialog {
  constructor(private readonly deps: ConversationDeps) {
    super(CASCADE_DIALOG);
    this.addDialog(new MenuPrompt(CASCADE_QUESTION));
    this.addDialog(new MenuPrompt(MENU_PROMPT));
    this.addDialog(
      new WaterfallDialog(CASCADE_STEPS, [this.askStep.bind(this), this.replyStep.bind(this), this.ownQuestionStep.bind(this)]),
    );
    this.initialDialogId = CASCADE_STEPS;
  }

  private async askStep(step: WaterfallStepContext<CascadeOptions>): Promise<DialogTurnResult> {
    const session = await sessionOf(this.deps, step.context);
    const values = step.values as CascadeValues;
    const facetQuestion =
      countFor(this.deps.kb, session.selection) > MAX_LISTED_ENTRIES
        ? nextFacetQuestion(this.deps.kb, session.selection, session.asked)
        : undefined;
    if (facetQuestion) {
      values.facet = facetQuestion.facet.name;
      return step.prompt(CASCADE_QUESTION, this.facetMenu(step, facetQuestion, session));
    }
    const entries = entriesFor(this.deps.kb, session.selection);
    if (entries.length === 0) return step.prompt(CASCADE_QUESTION, this.menu(step, turnTranslator(step.context)('cascade.free'), []));
    const offset = entries.length > MAX_LISTED_ENTRIES ? (step.options?.offset ?? 0) : 0;
    values.offset = offset;
    const shown = entries.length > MAX_LISTED_ENTRIES ? entries.slice(offset, offset + LIST_PAGE) : entries;
    values.listed = shown.map((entry) => entry.id);
    return step.prompt(CASCADE_QUESTION, this.entriesMenu(step, entries, offset));
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
    if (reply.id === OPTION.more) return step.replaceDialog(CASCADE_STEPS, { offset: (values.offset ?? 0) + LIST_PAGE });
    const entryId = optionArgument(reply.id, 'entry');
    if (entryId !== undefined) return step.endDialog(this.pickedFromList(step, entryId, values.listed ?? [], session));
    if (reply.id === OPTION.none) {
      const t = turnTranslator(step.context);
      return step.prompt(MENU_PROMPT, this.menu(step, t('cascade.askYourQuestion'), [newQuestionOption(t)]));
    }
    return step.endDialog(CASCADE);
  }

  private async ownQuestionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const reply = step.result as MenuReply;
    return step.endDialog(reply.kind === 'text' ? questionFrom(reply) : CASCADE);
  }

  private menu(step: WaterfallStepContext, text: string, options: MenuOption[]): MenuPromptOptions {
    return { text, options, lang: turnLanguage(step.context), resume: CASCADE };
  }

  /** The facet's question; from the second question on, « Nouvelle question » too. */
  private facetMenu(step: WaterfallStepContext, question: FacetQuestion, session: Session): MenuPromptOptions {
    const lang = turnLanguage(step.context);
    const t = turnTranslator(step.context);
    const first = session.asked.length === 0 && Object.keys(session.selection).length === 0;
    const text = first ? `${question.facet.prompt[lang]}\n\n${t('cascade.firstHint')}` : question.facet.prompt[lang];
    const options = facetOptions(question, lang, t);
    return this.menu(step, text, first ? options : [...options, newQuestionOption(t)]);
  }

  /** The remaining questions: all of them when few, else a page of them and « Autres questions ». */
  private entriesMenu(step: WaterfallStepContext, entries: readonly Entry[], offset: number): MenuPromptOptions {
    const lang = turnLanguage(step.context);
    const t = turnTranslator(step.context);
    if (entries.length <= MAX_LISTED_ENTRIES) {
      const options = [...entryOptions(entries, lang), translatedOption(OPTION.none, t, 'cascade.noneOfThese'), newQuestionOption(t)];
      return this.menu(step, t('cascade.pickQuestion', counted(entries.length, lang)), options);
    }
    const page = entries.slice(offset, offset + LIST_PAGE);
    const left = entries.length - offset - page.length;
    const more = left > 0 ? [{ ...translatedOption(OPTION.more, t, 'cascade.more'), title: t('cascade.moreCount', counted(left, lang)) }] : [];
    const text = offset === 0 ? t('cascade.pickAmong', counted(entries.length, lang)) : t('cascade.pickNext');
    return this.menu(step, text, [...entryOptions(page, lang), ...more, newQuestionOption(t)]);
  }

  /** An answer picked from the list: its title is the question, the other listed ones its alternatives. */
  private pickedFromList(step: WaterfallStepContext, entryId: string, listed: readonly string[], session: Session): NextStep {
    const entry = this.deps.matcher.entry(entryId);
    const question = entry === undefined ? entryId : titleFor(entry, turnLanguage(step.context));
    startQuestion(session, question, session.selection);
    const answer: AnswerRequest = {
      entryId,
      decision: 'answer',
      matchScore: null,
      question,
      relaxed: false,
      alternatives: listed.filter((id) => id !== entryId).map((id) => ({ entryId: id, score: null })),
      facets: { ...session.selection },
      reachedBy: 'cascade',
    };
    return { next: 'answer', answer };
  }
}
