import { ActivityTypes, type TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Lang } from '../knowledge/types';
import { OPTION } from './cards/options';
import { recognizeCommand, type GlobalCommand } from './commands';
import { agencyOffer, isPersonRequest } from './contact';
import { sessionOf, type ConversationDeps } from './deps';
import { feedbackClick, recordRating } from './feedback';
import { ANSWER_DIALOG, CASCADE_QUESTION } from './ids';
import { emptyInput } from './input';
import { turnLanguage, turnTranslator } from './language';
import { activeMenu } from './menu/menu-prompt';
import { CASCADE, type NextStep } from './next-step';
import { rememberLanguage } from './preferences';
import { resetCascade, returnBeforeAnswer, shownAnswer, undoLastFacet, type Session } from './session';

/**
 * The one place where messages are read before any child dialog sees them (like core-bot's CancelAndHelpDialog):
 * global commands in both languages (aide/help, recommencer/restart, nouvelle question/new question, retour/back,
 * English/Français, greetings), a request for a person, empty messages and attachments, and clicks on old feedback
 * buttons.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected constructor(
    dialogId: string,
    protected readonly deps: ConversationDeps,
  ) {
    super(dialogId);
  }

  /** Starts the main loop again at `next` (the cascade question after restart or back; where it stood after a language switch). */
  protected abstract restartLoop(innerDc: DialogContext, next?: NextStep): Promise<DialogTurnResult>;

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
    session.questionLang = undefined;
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
    const command = recognizeCommand(activity.text, this.deps.knownWord);
    if (command) return this.runCommand(innerDc, session, command);
    if (activity.text && isPersonRequest(activity.text)) return this.offerAgency(innerDc);
    return undefined;
  }

  /** "Je veux parler à un conseiller": the bot is no person, the agency is; never a question left unanswered. */
  private async offerAgency(innerDc: DialogContext): Promise<DialogTurnResult> {
    const t = turnTranslator(innerDc.context);
    const offer = await agencyOffer(this.deps, innerDc.context);
    return this.sayAndReprompt(innerDc, [t('person.reply'), offer].filter(Boolean).join('\n\n'));
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
        return this.sayAndReprompt(innerDc, [t('help.text'), t('help.agency'), t('help.commands')].join('\n\n'));
      }
      case 'greeting':
        return this.sayAndReprompt(innerDc, turnTranslator(context)('welcome.greeting'));
      case 'restart':
      case 'newQuestion':
        startClean(session);
        await context.sendActivity(turnTranslator(context)(command.kind === 'restart' ? 'restart.done' : 'newQuestion.done'));
        return this.restartLoop(innerDc);
      case 'back':
        return this.goBack(innerDc, session);
      case 'language':
        return this.switchLanguage(innerDc, session, command.lang);
    }
  }

  /**
   * The conversation goes on where it stands, in the new language: a menu already in it is asked again as it is,
   * another is rebuilt in it (the cascade question with the topics chosen, the answer awaiting its rating, the
   * reason or the other answers after a "No" — never the answer just rated unhelpful).
   */
  private async switchLanguage(innerDc: DialogContext, session: Session, lang: Lang): Promise<DialogTurnResult> {
    await this.chooseLanguage(innerDc.context, session, lang);
    const switched = turnTranslator(innerDc.context)('language.switched');
    const menu = activeMenu(innerDc)?.menu;
    if (menu?.lang === lang) {
      // The offer to continue in this language is taken: the menu is asked again without it.
      menu.options = menu.options.filter((option) => option.id !== OPTION.continueIn);
      return this.sayAndReprompt(innerDc, switched);
    }
    await innerDc.context.sendActivity(switched);
    return this.restartLoop(innerDc, menu?.resume ?? CASCADE);
  }

  /**
   * On a cascade question, undo the last facet; on an answer's menus, back to the cascade question it was reached
   * from; anywhere else, back to the cascade question.
   */
  private async goBack(innerDc: DialogContext, session: Session): Promise<DialogTurnResult> {
    const onCascadeQuestion = activeMenu(innerDc)?.id === CASCADE_QUESTION;
    if (onCascadeQuestion && !undoLastFacet(session)) {
      return this.sayAndReprompt(innerDc, turnTranslator(innerDc.context)('back.atStart'));
    }
    if (!onCascadeQuestion && inDialog(innerDc, ANSWER_DIALOG)) returnBeforeAnswer(session);
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

  /** Says `text`, then asks the waiting menu again: as it was, or rebuilt when it was written in another language. */
  private async sayAndReprompt(innerDc: DialogContext, text: string): Promise<DialogTurnResult> {
    await innerDc.context.sendActivity(text);
    const menu = activeMenu(innerDc)?.menu;
    if (menu?.lang !== undefined && menu.lang !== turnLanguage(innerDc.context) && menu.resume) {
      return this.restartLoop(innerDc, menu.resume);
    }
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }
}

/** Restart and « Nouvelle question »: no topics, no question, the conversation's own language. */
function startClean(session: Session): void {
  resetCascade(session);
  session.question = undefined;
  session.questionLang = undefined;
  session.beforeAnswer = undefined;
}

/** Whether a dialog of that id is on the stack, however deep. */
function inDialog(dc: DialogContext, id: string): boolean {
  for (let inner: DialogContext | undefined = dc; inner; inner = inner.child) {
    if (inner.activeDialog?.id === id) return true;
  }
  return false;
}
