import { ActivityTypes } from 'botbuilder';
import {
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { AnswerDialog } from './answer-dialog';
import { CascadeDialog } from './cascade-dialog';
import { recognizeCommand } from './commands';
import { sessionOf, type ConversationDeps } from './deps';
import { ANSWER_DIALOG, CASCADE_DIALOG, MAIN_DIALOG, MAIN_LOOP, MAIN_WELCOME, QUESTION_DIALOG } from './ids';
import { emptyInput, prepareQuestion } from './input';
import { InterruptibleDialog } from './interruptible-dialog';
import { turnTranslator } from './language';
import { CASCADE, type NextStep } from './next-step';
import { QuestionDialog } from './question-dialog';

/**
 * The whole conversation: a welcome, then a loop where each child dialog (facet cascade, free-text search, answer
 * and feedback) ends by saying what comes next. Global commands are handled by the base class.
 */
export class MainDialog extends InterruptibleDialog {
  constructor(deps: ConversationDeps) {
    super(MAIN_DIALOG, deps);
    this.addDialog(new WaterfallDialog(MAIN_WELCOME, [this.welcomeStep.bind(this)]));
    this.addDialog(new WaterfallDialog(MAIN_LOOP, [this.runStep.bind(this), this.loopStep.bind(this)]));
    this.addDialog(new CascadeDialog(deps));
    this.addDialog(new QuestionDialog(deps));
    this.addDialog(new AnswerDialog(deps));
    this.initialDialogId = MAIN_WELCOME;
  }

  protected override async restartLoop(innerDc: DialogContext, next: NextStep = CASCADE): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(MAIN_LOOP, next);
  }

  /**
   * What the bot does and the privacy line, then the first question. A conversation that starts with a message
   * (no conversationUpdate on that channel) gets its question answered right after the welcome.
   */
  private async welcomeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { activity } = step.context;
    const isMessage = activity.type === ActivityTypes.Message;
    const command = isMessage ? recognizeCommand(activity.text, this.deps.knownWord) : undefined;
    if (command?.kind === 'language') {
      await this.chooseLanguage(step.context, await sessionOf(this.deps, step.context), command.lang);
    }
    const t = turnTranslator(step.context);
    await step.context.sendActivities([
      { type: ActivityTypes.Message, text: t('welcome.intro') },
      { type: ActivityTypes.Message, text: t('welcome.privacy') },
    ]);
    const isQuestion = isMessage && !command && !emptyInput(activity) && Boolean(activity.text?.trim());
    const next: NextStep = isQuestion ? { next: 'question', ...prepareQuestion(activity.text ?? '') } : CASCADE;
    return step.replaceDialog(MAIN_LOOP, next);
  }

  private async runStep(step: WaterfallStepContext<NextStep>): Promise<DialogTurnResult> {
    const next = step.options;
    switch (next.next) {
      case 'cascade':
        // Back to the topics: the question that was followed up is over, and so is its language.
        (await sessionOf(this.deps, step.context)).questionLang = undefined;
        return step.beginDialog(CASCADE_DIALOG);
      case 'question': {
        const { next: _question, ...request } = next;
        return step.beginDialog(QUESTION_DIALOG, request);
      }
      case 'answer':
        return step.beginDialog(ANSWER_DIALOG, next.answer);
    }
  }

  private async loopStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(MAIN_LOOP, (step.result as NextStep | undefined) ?? CASCADE);
  }
}
