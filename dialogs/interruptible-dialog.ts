import { ActivityTypes, type TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Lang } from '../knowledge/types';
import { recognizeCommand, type GlobalCommand } from './commands';
import { sessionOf, type ConversationDeps } from './deps';
import { feedbackClick, recordRating } from './feedback';
import { CASCADE_QUESTION } from './ids';
import { emptyInput } from './input';
import { turnTranslator } from './language';
import { activeMenu } from './menu/menu-prompt';
import { rememberLanguage } from './preferences';
import { shownAnswer, undoLastFacet, resetCascade, type Session } from './session';

/**
 * The one place where messages are read before any child dialog sees them (like core-bot's CancelAndHelpDialog):
 * global commands in both languages (aide/help, recommencer/restart, retour/back, English/Français, greetings),
 * empty messages and attachments, and clicks on old feedback buttons.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected constructor(
    dialogId: string,
    protected readonly deps: ConversationDeps,
  ) {
    super(dialogId);
  }

  /** Starts the main loop again at the current cascade question (after restart, back or a language switch). */
  protected abstract restartLoop(innerDc: DialogContext): Promise<DialogTurnResult>;

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.context.activity.type === ActivityTypes.Message) {
      const interrupted = await this.interrupt(innerDc, await sessionOf(this.deps, innerDc.context));
      if (interrupted) return interrupted;
    }
    return super.onContinueDialog(innerDc);
  }

  /**
   * "English" / "Français": kept for the rest of this conversation, and for the user's next ones. The turn already
   * speaks it: a language command ranks first in `resolveTurnLanguage`.
   */
  protected async chooseLanguage(context: TurnContext, session: Session, lang: Lang): Promise<void> {
    session.lang = lang;
    await rememberLanguage(this.deps.preferences, context, lang);
  }

  private async interrupt(innerDc: DialogContext, session: Session): Promise<DialogTurnResult | undefined> {
    const { activity } = innerDc.context;
    const t = turnTranslator(innerDc.context);
    const click = feedbackClick(activity);
    if (click) {
      // The click on the answer being rated goes on to the prompt; one on an older answer is handled here.
      const asked = activeMenu(innerDc)?.menu.options.some((option) => option.payload?.answerKey === click.answerKey);
      return asked ? undefined : this.rateOldAnswer(innerDc, session, click);
    }
    const empty = emptyInput(activity);
    if (empty) return this.sayAndReprompt(innerDc, t(`input.${empty}`));
    const command = recognizeCommand(activity.text);
    return command ? this.runCommand(innerDc, session, command) : undefined;
  }

  private async runCommand(
    innerDc: DialogContext,
    session: Session,
    command: GlobalCommand,
  ): Promise<DialogTurnResult> {
    const context = innerDc.context;
    switch (command.kind) {
      case 'help': {
        const t = turnTranslator(context);
        return this.sayAndReprompt(innerDc, `${t('help.text')}\n\n${t('help.commands')}`);
      }
      case 'greeting':
        return this.sayAndReprompt(innerDc, turnTranslator(context)('welcome.greeting'));
      case 'restart':
        resetCascade(session);
        await context.sendActivity(turnTranslator(context)('restart.done'));
        return this.restartLoop(innerDc);
      case 'back':
        return this.goBack(innerDc, session);
      case 'language':
        await this.chooseLanguage(context, session, command.lang);
        await context.sendActivity(turnTranslator(context)('language.switched'));
        return this.restartLoop(innerDc);
    }
  }

  /** On a cascade question, undo the last facet; anywhere else, go back to the cascade question. */
  private async goBack(innerDc: DialogContext, session: Session): Promise<DialogTurnResult> {
    const onCascadeQuestion = activeMenu(innerDc)?.id === CASCADE_QUESTION;
    if (onCascadeQuestion && !undoLastFacet(session)) {
      return this.sayAndReprompt(innerDc, turnTranslator(innerDc.context)('back.atStart'));
    }
    return this.restartLoop(innerDc);
  }

  /** A click on the Oui/Non of an earlier answer: record it once, then carry on where the conversation is. */
  private async rateOldAnswer(
    innerDc: DialogContext,
    session: Session,
    click: { answerKey: string; helpful: boolean },
  ): Promise<DialogTurnResult> {
    const shown = shownAnswer(session, click.answerKey);
    const outcome = shown ? await recordRating(this.deps, innerDc.context, shown, click.helpful) : 'duplicate';
    const t = turnTranslator(innerDc.context);
    return this.sayAndReprompt(innerDc, t(outcome === 'recorded' ? 'feedback.recorded' : 'feedback.alreadyRecorded'));
  }

  private async sayAndReprompt(innerDc: DialogContext, text: string): Promise<DialogTurnResult> {
    await innerDc.context.sendActivity(text);
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }
}
