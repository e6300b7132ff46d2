import { ActivityTypes, type TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Lang } from '../knowledge/types';
import { recognizeCommand, type GlobalCommand } from './commands';
import { sessionOf, type ConversationDeps } from './deps';
import { feedbackClick, recordRating } from './feedback';
import { emptyInput } from './input';
import { resolveLanguage, setTurnLanguage, turnTranslator } from './language';
import { rememberLanguage, savedLanguage } from './preferences';
import { shownAnswer, undoLastFacet, resetCascade, type Session } from './session';

/**
 * The one place where messages are read before any child dialog sees them (like core-bot's CancelAndHelpDialog):
 * global commands in both languages (aide/help, recommencer/restart, retour/back, English/Français, greetings),
 * empty messages and attachments, and clicks on old feedback buttons. It also resolves the turn's language first.
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

  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    await this.resolveTurnLanguage(innerDc.context);
    return super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const session = await this.resolveTurnLanguage(innerDc.context);
    if (innerDc.context.activity.type === ActivityTypes.Message) {
      const interrupted = await this.interrupt(innerDc, session);
      if (interrupted) return interrupted;
    }
    return super.onContinueDialog(innerDc);
  }

  protected async resolveTurnLanguage(context: TurnContext): Promise<Session> {
    const session = await sessionOf(this.deps, context);
    const sources = {
      conversation: session.lang,
      saved: () => savedLanguage(this.deps.preferences, context),
      locale: context.activity.locale,
    };
    setTurnLanguage(context, await resolveLanguage(sources, this.deps.defaultLang));
    return session;
  }

  /** "English" / "Français": for the rest of this conversation, and for the user's next ones. */
  protected async chooseLanguage(context: TurnContext, session: Session, lang: Lang): Promise<void> {
    session.lang = lang;
    await rememberLanguage(this.deps.preferences, context, lang);
    setTurnLanguage(context, lang);
  }

  private async interrupt(innerDc: DialogContext, session: Session): Promise<DialogTurnResult | undefined> {
    const { activity } = innerDc.context;
    const t = turnTranslator(innerDc.context);
    const click = feedbackClick(activity);
    if (click) {
      // The click on the answer being rated goes on to the prompt; one on an older answer is handled here.
      return click.answerKey === session.awaitingFeedback ? undefined : this.rateOldAnswer(innerDc, session, click);
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
    if (session.onCascadeQuestion && !undoLastFacet(session)) {
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
