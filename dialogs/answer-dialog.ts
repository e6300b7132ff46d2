import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Entry } from '../knowledge/types';
import { answerActivity, answerMarkdown } from './cards/answer-message';
import { capabilitiesFor } from './cards/capabilities';
import { dropTopicsOption, feedbackOptions, OPTION, optionArgument, reasonOptions } from './cards/options';
import { understoodLine } from './cards/topics-line';
import { agencyOffer } from './contact';
import { sessionOf, type ConversationDeps } from './deps';
import { newAnswerKey, recordAnswerShown, recordRating } from './feedback';
import { ANSWER_DIALOG, ANSWER_STEPS, MENU_PROMPT } from './ids';
import { languageOfferOptions } from './language-offer';
import { turnLanguage, turnTranslator } from './language';
import { MenuPrompt, type MenuPromptOptions } from './menu/menu-prompt';
import type { MenuOption, MenuReply } from './menu/menu-option';
import { alternativesMenu, pickedEntry, seeAlsoMenu } from './answer-follow-ups';
import { isAnswerable, recordReason } from './answer-reason';
import { CASCADE, questionFrom, type AnswerRequest, type AnswerStage, type NextStep } from './next-step';
import { answerShown, shownAnswer } from './session';

interface AnswerValues {
  answerKey: string;
  helpful?: boolean;
  /** A reason or a comment was given after the "No". */
  reasonGiven?: boolean;
  /** Shown again after a language switch: the rating was given already, nobody is thanked twice. */
  resumed?: boolean;
  /** What the last menu offered: the other answers after a "No", or "see also" after a "Yes". */
  offered?: 'alternatives' | 'see-also';
}

/** What the show and rating steps pass on when the exchange resumes past them (after a language switch). */
const RESUMED = { kind: 'resumed' } as const;
type StepResult = MenuReply | typeof RESUMED | undefined;

/**
 * Shows one answer and asks whether it helped. Yes: thanks, and up to three "see also". No: an optional reason, the
 * next best answers (or that there are none, and the message to the agency). Every rating is recorded once (the
 * answer key is unique). After "English" / "Français", the exchange goes on where it stood, in the new language,
 * without showing an answer just rated unhelpful again.
 */
export class AnswerDialog extends ComponentDialog {
  constructor(private readonly deps: ConversationDeps) {
    super(ANSWER_DIALOG);
    this.addDialog(new MenuPrompt(MENU_PROMPT));
    this.addDialog(
      new WaterfallDialog(ANSWER_STEPS, [
        this.showStep.bind(this),
        this.ratingStep.bind(this),
        this.reasonStep.bind(this),
        this.followUpStep.bind(this),
        this.pickStep.bind(this),
      ]),
    );
    this.initialDialogId = ANSWER_STEPS;
  }

  private async showStep(step: WaterfallStepContext<AnswerRequest>): Promise<DialogTurnResult> {
    const request = step.options;
    const values = step.values as AnswerValues;
    values.answerKey = request.resume?.answerKey ?? newAnswerKey(step.context);
    if (request.resume && request.resume.stage !== 'rating') {
      values.resumed = true;
      return step.next(RESUMED);
    }
    const entry = this.entry(request.entryId);
    const lang = turnLanguage(step.context);
    const t = turnTranslator(step.context);
    const intro = request.understood?.length ? understoodLine(request.understood, lang, t) : undefined;
    const message = answerActivity(answerMarkdown(entry, lang, t, intro), capabilitiesFor(step.context.activity.channelId));
    const sent = await step.context.sendActivity(message);
    const shown = {
      answerKey: values.answerKey,
      entryId: entry.id,
      lang,
      facets: { ...request.facets },
      decision: request.decision,
      matchScore: request.matchScore,
      question: request.question,
    };
    answerShown(await sessionOf(this.deps, step.context), { ...shown, messageId: sent?.id || undefined });
    await recordAnswerShown(this.deps, step.context, shown, request.reachedBy);
    const drop = request.understood?.length ? [dropTopicsOption(t)] : [];
    const options = [...feedbackOptions(values.answerKey, t), ...drop, ...languageOfferOptions(step.context)];
    return step.prompt(MENU_PROMPT, this.menu(step, t('feedback.ask'), options, 'rating'));
  }

  private async ratingStep(step: WaterfallStepContext<AnswerRequest>): Promise<DialogTurnResult> {
    const values = step.values as AnswerValues;
    const result = step.result as StepResult;
    if (result?.kind === 'resumed') return this.resumeAt(step, step.options.resume?.stage ?? 'rating');
    if (result?.kind === 'text') return step.endDialog(questionFrom(result));
    if (result?.id === OPTION.dropTopics) {
      return step.endDialog({ next: 'question', text: step.options.question, topics: 'none', again: true } satisfies NextStep);
    }
    values.helpful = result !== undefined && result.id === OPTION.yes;
    const shown = shownAnswer(await sessionOf(this.deps, step.context), values.answerKey);
    if (shown) await recordRating(this.deps, step.context, shown, values.helpful);
    if (values.helpful) return step.next();
    return this.askReason(step);
  }

  private async reasonStep(step: WaterfallStepContext<AnswerRequest>): Promise<DialogTurnResult> {
    const values = step.values as AnswerValues;
    const result = step.result as StepResult;
    if (values.helpful !== false || result === undefined || result.kind === 'resumed') return step.next(result);
    if (result.kind === 'text' && isAnswerable(this.deps, step.context, result.text)) return step.endDialog(questionFrom(result));
    values.reasonGiven = await recordReason(this.deps, values.answerKey, result);
    return step.next();
  }

  /** After "Yes": thanks and "see also". After "No": thanks, the other answers, or the message to the agency. */
  private async followUpStep(step: WaterfallStepContext<AnswerRequest>): Promise<DialogTurnResult> {
    const values = step.values as AnswerValues;
    const t = turnTranslator(step.context);
    const session = await sessionOf(this.deps, step.context);
    const tried = session.question?.tried ?? [step.options.entryId];
    if (values.helpful) {
      const thanks = values.resumed ? [] : [t('feedback.thanks')];
      const menu = await seeAlsoMenu(this.deps, step.context, this.entry(step.options.entryId), tried);
      if (!menu) {
        await step.context.sendActivity([...thanks, t('feedback.anotherQuestion')].join(' '));
        return step.endDialog(CASCADE);
      }
      values.offered = 'see-also';
      return step.prompt(MENU_PROMPT, this.menu(step, [...thanks, menu.text].join(' '), menu.options, 'see-also'));
    }
    const thanks = values.resumed ? [] : [t(values.reasonGiven ? 'feedback.reasonThanks' : 'feedback.ratingThanks')];
    const menu = alternativesMenu(this.deps, step.context, step.options, tried);
    if (!menu) {
      const lines = [...thanks, t('feedback.noAlternatives'), await agencyOffer(this.deps, step.context)];
      await step.context.sendActivity(lines.filter(Boolean).join('\n\n'));
      return step.endDialog(CASCADE);
    }
    values.offered = 'alternatives';
    return step.prompt(MENU_PROMPT, this.menu(step, [...thanks, menu.text].join('\n\n'), menu.options, 'alternatives'));
  }

  private async pickStep(step: WaterfallStepContext<AnswerRequest>): Promise<DialogTurnResult> {
    const reply = step.result as MenuReply;
    if (reply.kind === 'text') return step.endDialog(questionFrom(reply));
    const values = step.values as AnswerValues;
    const entryId = optionArgument(reply.id, 'entry');
    if (entryId !== undefined) return step.endDialog(pickedEntry(step.options, entryId, values.offered ?? 'alternatives'));
    if (values.offered === 'alternatives') {
      // "None of these": a dead end, where the agency can help.
      const t = turnTranslator(step.context);
      const lines = [t('feedback.noneHelped'), await agencyOffer(this.deps, step.context)];
      await step.context.sendActivity(lines.filter(Boolean).join('\n\n'));
    }
    return step.endDialog(CASCADE);
  }

  /** Where a language switch left the exchange: the reason asked again, or the follow-ups shown again. */
  private resumeAt(step: WaterfallStepContext<AnswerRequest>, stage: AnswerStage): Promise<DialogTurnResult> {
    const values = step.values as AnswerValues;
    values.helpful = stage === 'see-also';
    if (stage === 'reason') return this.askReason(step);
    return step.next(RESUMED);
  }

  private askReason(step: WaterfallStepContext<AnswerRequest>): Promise<DialogTurnResult> {
    const t = turnTranslator(step.context);
    return step.prompt(MENU_PROMPT, this.menu(step, t('feedback.askReason'), reasonOptions(t), 'reason'));
  }

  /** A menu of this exchange, which a language switch shows again at the same stage. */
  private menu(step: WaterfallStepContext<AnswerRequest>, text: string, options: MenuOption[], stage: AnswerStage): MenuPromptOptions {
    const answerKey = (step.values as AnswerValues).answerKey;
    const resume: NextStep = { next: 'answer', answer: { ...step.options, resume: { answerKey, stage } } };
    return { text, options, lang: turnLanguage(step.context), resume };
  }

  private entry(entryId: string): Entry {
    const entry = this.deps.matcher.entry(entryId);
    if (!entry) throw new Error(`[AnswerDialog] unknown entry "${entryId}"`);
    return entry;
  }
}
