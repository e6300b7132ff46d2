import {
  TeamsActivityHandler,
  type BotState,
  type InvokeResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { assignReplyIds } from './reply-ids';
import { stampReplyLocale } from './reply-locale';
import {
  FEEDBACK_RECEIVED,
  greetingOnInstall,
  greetingOnMembersAdded,
  helloText,
  prepareIncomingMessage,
  recordTeamsRating,
  searchFaq,
  teamsRating,
  type FaqSearchDeps,
  type Greeting,
  type TeamsFeedbackDeps,
} from './teams';
import { languageOf } from '../locales';
import { resolveTurnLanguage, type LanguageSources } from './turn-language';
import { awaitsWebJoin, greetingOnWebJoin, recordWebChatVote, webChatVote, type WebWelcome } from './web';

export interface ChannelDeps extends TeamsFeedbackDeps {
  /** Where the turn's language comes from (`resolveTurnLanguage`). */
  language: LanguageSources;
  webWelcome: WebWelcome;
  /** What Teams' message extension searches. */
  search: FaqSearchDeps;
}

/** The states saved at the end of every turn, conversation first (the one a conflict must never lose silently). */
export interface TurnStates {
  conversation: BotState;
  user: BotState;
}

/**
 * The bot stays thin: it greets (see `Greeting`), runs the main dialog on each message and records Teams' and Web
 * Chat's own ratings; the conversation itself lives in `dialogs/`. Before it says anything, it resolves the turn's
 * language (`resolveTurnLanguage`). State is saved at the end of every turn, conditionally on what the turn read
 * (the states given here refuse stale writes).
 */
export class FaqBot extends TeamsActivityHandler {
  constructor(
    private readonly states: TurnStates,
    private readonly dialog: Dialog,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
    private readonly channels: ChannelDeps,
  ) {
    super();
    this.onMembersAdded(async (context, next) => {
      if (!awaitsWebJoin(context.activity, channels.webWelcome)) {
        await this.greet(context, greetingOnMembersAdded(context.activity));
      }
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.greet(context, greetingOnInstall(context.activity));
      await next();
    });
    this.onEvent(async (context, next) => {
      const vote = webChatVote(context.activity);
      if (vote) await recordWebChatVote(channels, context, vote);
      await this.greet(context, greetingOnWebJoin(context.activity));
      await next();
    });
    this.onMessage(async (context, next) => {
      prepareIncomingMessage(context.activity);
      await this.runMainDialog(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    context.onSendActivities(assignReplyIds);
    context.onSendActivities(stampReplyLocale);
    await super.run(context);
    await this.states.conversation.saveChanges(context, false);
    await this.states.user.saveChanges(context, false);
  }

  /** Teams' thumbs up/down on an answer; every other invoke goes to botbuilder's Teams handler. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const rating = teamsRating(context.activity);
    if (!rating) return super.onInvokeActivity(context);
    await recordTeamsRating(this.channels, context, rating);
    return FEEDBACK_RECEIVED;
  }

  /** Teams' message extension: FAQ answers found from the compose box, in the language of the user's client. */
  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    const lang = languageOf(context.activity.locale) ?? this.channels.language.defaultLang;
    return searchFaq(this.channels.search, query, lang);
  }

  private async greet(context: TurnContext, greeting: Greeting): Promise<void> {
    if (greeting === 'welcome') await this.runMainDialog(context);
    if (greeting === 'hello') {
      const lang = await resolveTurnLanguage(context, this.channels.language);
      await context.sendActivity(helloText(context.activity, lang));
    }
  }

  private async runMainDialog(context: TurnContext): Promise<void> {
    await resolveTurnLanguage(context, this.channels.language);
    await runDialog(this.dialog, context, this.dialogState);
  }
}
