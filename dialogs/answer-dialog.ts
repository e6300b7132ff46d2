import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Entry } from '../knowledge/types';
import type { FeedbackReason } from '../storage/feedback/feedback-store';
import { answerActivity, answerMarkdown, contactLine } from './cards/answer-message';
import { capabilitiesFor } from './cards/capabilities';
import { entryOptions, feedbackOptions, noneOption, OPTION, optionArgument, reasonOptions } from './cards/options';
import { sessionOf, type ConversationDeps } from './deps';
import { newAnswerKey, recordRating } from './feedback';
import { ANSWER_DIALOG, ANSWER_STEPS, MENU_PROMPT } from './ids';
import { turnLanguage, turnTranslator } from './language';
import { MenuPrompt, type MenuPromptOptions } from './menu/menu-prompt';
import type { MenuReply } from './menu/menu-option';
import { nextBestAnswers } from './next-best-answers';
import { CASCADE, questionFrom, type AnswerRequest, type NextStep } from './next-step';
import { searchQuestion } from './search';
import { rememberAnswer, shownAnswer } from './session';
import { recognizeSmallTalk } from './small-talk';

interface AnswerValues {
  answerKey: string;
}

/**
 * Shows one answer and asks whether it helped. Yes: thanks. No: an optional reason, the next best answers (or that
 * there are none) and the agency's contact. Every rating is recorded once (the answer key is unique).
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
        this.alternativeStep.bind(this),
      ]),
    );
    this.initialDialogId = ANSWER_STEPS;
  }

  private async showStep(step: WaterfallStepContext<AnswerRequest>): Promise<DialogTurnResult> {
    const request = step.options;
    const entry = this.entry(request.entryId);
    const lang = turnLanguage(step.context);
    const t = turnTranslator(step.context);
    const message = answerActivity(answerMarkdown(entry, lang, t), capabilitiesFor(step.context.activity.channelId));
    const sent = await step.context.sendActivity(message);
    const session = await sessionOf(this.deps, step.context);
    const answerKey = newAnswerKey(step.context);
    rememberAnswer(session, {
      answerKey,
      messageId: sent?.id || undefined,
      entryId: entry.id,
      lang,
      facets: { ...session.selection },
      decision: request.decision,
      matchScore: request.matchScore,
      question: request.question,
    });
    (step.values as AnswerValues).answerKey = answerKey;
    const menu: MenuPromptOptions = { text: t('feedback.ask'), options: feedbackOptions(answerKey, t) };
    return step.prompt(MENU_PROMPT, menu);
  }

  private async ratingStep(step: WaterfallStepContext<AnswerRequest>): Promise<DialogTurnResult> {
    const reply = step.result as MenuReply;
    if (reply.kind === 'text') return step.endDialog(questionFrom(reply));
    const session = await sessionOf(this.deps, step.context);
    const shown = shownAnswer(session, (step.values as AnswerValues).answerKey);
    const helpful = reply.id === OPTION.yes;
    if (shown) await recordRating(this.deps, step.context, shown, helpful);
    const t = turnTranslator(step.context);
    if (helpful) {
      await step.context.sendActivity(`${t('feedback.thanks')} ${t('feedback.anotherQuestion')}`);
      return step.endDialog(CASCADE);
    }
    const menu: MenuPromptOptions = { text: t('feedback.askReason'), options: reasonOptions(t) };
    return step.prompt(MENU_PROMPT, menu);
  }

  private async reasonStep(step: WaterfallStepContext<AnswerRequest>): Promise<DialogTurnResult> {
    const reply = step.result as MenuReply;
    if (reply.kind === 'text' && (await this.isAnswerable(step, reply.text))) {
      return step.endDialog(questionFrom(reply));
    }
    await this.recordReason((step.values as AnswerValues).answerKey, reply);
    const t = turnTranslator(step.context);
    const alternatives = nextBestAnswers(step.options, this.deps.matcher);
    const none = alternatives.length === 0 ? t('feedback.noAlternatives') : undefined;
    const contact = contactLine(this.deps.contact, t);
    await step.context.sendActivity([t('feedback.reasonThanks'), none, contact].filter(Boolean).join('\n\n'));
    if (alternatives.length === 0) return step.endDialog(CASCADE);
    const lang = turnLanguage(step.context);
    const options = [...entryOptions(alternatives, lang), noneOption(t, 'feedback.noneOfThese')];
    const text = t('feedback.alternatives', { count: alternatives.length });
    const menu: MenuPromptOptions = { text, options };
    return step.prompt(MENU_PROMPT, menu);
  }

  private async alternativeStep(step: WaterfallStepContext<AnswerRequest>): Promise<DialogTurnResult> {
    const reply = step.result as MenuReply;
    if (reply.kind === 'text') return step.endDialog(questionFrom(reply));
    const entryId = optionArgument(reply.id, 'entry');
    if (entryId === undefined) return step.endDialog(CASCADE);
    const request = step.options;
    const answer: AnswerRequest = {
      ...request,
      entryId,
      decision: 'suggest',
      matchScore: null,
      alternatives: request.alternatives.filter((other) => other.entryId !== entryId && other.entryId !== request.entryId),
    };
    return step.endDialog({ next: 'answer', answer } satisfies NextStep);
  }

  /**
   * Typed instead of a reason: a question the bot can answer is answered; anything else is the user's own reason,
   * kept with the rating (small talk such as "non merci" is a skip).
   */
  private async isAnswerable(step: WaterfallStepContext, text: string): Promise<boolean> {
    const session = await sessionOf(this.deps, step.context);
    return searchQuestion(this.deps.matcher, text, turnLanguage(step.context), session.selection).decision === 'answer';
  }

  private async recordReason(answerKey: string, reply: MenuReply): Promise<void> {
    if (reply.kind === 'text') {
      if (!recognizeSmallTalk(reply.text)) await this.deps.feedback.setComment(answerKey, reply.text);
      return;
    }
    const reason = optionArgument(reply.id, 'reason') as FeedbackReason | undefined;
    if (reason) await this.deps.feedback.setReason(answerKey, reason);
  }

  private entry(entryId: string): Entry {
    const entry = this.deps.matcher.entry(entryId);
    if (!entry) throw new Error(`[AnswerDialog] unknown entry "${entryId}"`);
    return entry;
  }
}
