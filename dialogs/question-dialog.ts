import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TFunction } from 'i18next';
import type { Match, MatchResult } from '../knowledge/types';
import { contactLine } from './cards/answer-message';
import { entryOptions, noneOption, optionArgument } from './cards/options';
import { sessionOf, type ConversationDeps } from './deps';
import { recordUnanswered } from './feedback';
import { MENU_PROMPT, QUESTION_DIALOG, QUESTION_STEPS } from './ids';
import { turnLanguage, turnTranslator } from './language';
import { MenuPrompt, type MenuPromptOptions } from './menu/menu-prompt';
import type { MenuReply } from './menu/menu-option';
import { CASCADE, questionFrom, type NextStep } from './next-step';
import { searchQuestion } from './search';
import { recognizeSmallTalk, type SmallTalk } from './small-talk';

/** "Did you mean" offers this many questions. */
export const MAX_SUGGESTIONS = 3;

export interface QuestionOptions {
  /** Already cut to length and redacted (`prepareQuestion`). */
  text: string;
  truncated?: boolean;
}

interface QuestionValues {
  question: string;
  result: MatchResult;
}

/**
 * A free-text question, searched within the facets chosen so far: a confident match is answered, a close call
 * offers "did you mean", and nothing useful says so, records the question and offers the contact. Small talk
 * ("merci", "tu es un robot ?") gets its own short reply, and is neither searched nor recorded.
 */
export class QuestionDialog extends ComponentDialog {
  constructor(private readonly deps: ConversationDeps) {
    super(QUESTION_DIALOG);
    this.addDialog(new MenuPrompt(MENU_PROMPT));
    this.addDialog(new WaterfallDialog(QUESTION_STEPS, [this.searchStep.bind(this), this.suggestionStep.bind(this)]));
    this.initialDialogId = QUESTION_STEPS;
  }

  private async searchStep(step: WaterfallStepContext<QuestionOptions>): Promise<DialogTurnResult> {
    const { text, truncated } = step.options;
    const t = turnTranslator(step.context);
    const smallTalk = recognizeSmallTalk(text);
    if (smallTalk) {
      await step.context.sendActivity(this.smallTalkReply(smallTalk, t));
      return step.endDialog(CASCADE);
    }
    if (truncated) await step.context.sendActivity(t('question.truncated'));
    const session = await sessionOf(this.deps, step.context);
    const lang = turnLanguage(step.context);
    const result = searchQuestion(this.deps.matcher, text, lang, session.selection);
    Object.assign(step.values, { question: text, result } satisfies QuestionValues);
    if (result.relaxed && result.decision !== 'fallback' && Object.keys(session.selection).length > 0) {
      await step.context.sendActivity(t('question.relaxed'));
    }
    const [best, ...others] = result.matches;
    if (result.decision === 'answer' && best) return step.endDialog(this.answer(text, best, others, result));
    if (result.decision === 'suggest' && best) {
      const suggested = result.matches.slice(0, MAX_SUGGESTIONS).map((match) => this.deps.matcher.entry(match.id));
      const entries = suggested.filter((entry) => entry !== undefined);
      const options = [...entryOptions(entries, lang), noneOption(t, 'question.noneOfThese')];
      const menu: MenuPromptOptions = { text: t('question.didYouMean'), options };
      return step.prompt(MENU_PROMPT, menu);
    }
    await this.giveUp(step.context, text, result);
    return step.endDialog(CASCADE);
  }

  private async suggestionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const reply = step.result as MenuReply;
    if (reply.kind === 'text') return step.endDialog(questionFrom(reply));
    const { question, result } = step.values as QuestionValues;
    const entryId = optionArgument(reply.id, 'entry');
    const chosen = result.matches.find((match) => match.id === entryId);
    if (chosen) {
      const others = result.matches.filter((match) => match !== chosen);
      return step.endDialog(this.answer(question, chosen, others, { ...result, decision: 'suggest' }));
    }
    await this.giveUp(step.context, question, result);
    return step.endDialog(CASCADE);
  }

  private answer(question: string, best: Match, others: readonly Match[], result: MatchResult): NextStep {
    return {
      next: 'answer',
      answer: {
        entryId: best.id,
        decision: result.decision,
        matchScore: best.score,
        question,
        relaxed: result.relaxed,
        alternatives: others.map((match) => ({ entryId: match.id, score: match.score })),
      },
    };
  }

  /** "Avec plaisir !", "Au revoir", or what the bot is (and how to reach people instead). */
  private smallTalkReply(kind: SmallTalk, t: TFunction): string {
    const reply = t(`smallTalk.${kind}Reply`);
    return kind === 'identity' ? [reply, contactLine(this.deps.contact, t)].filter(Boolean).join('\n\n') : reply;
  }

  /** Nothing helped: record the question for the editors, say so, and offer to rephrase, browse or ask the agency. */
  private async giveUp(context: TurnContext, question: string, result: MatchResult): Promise<void> {
    const session = await sessionOf(this.deps, context);
    await recordUnanswered(this.deps, context, {
      lang: turnLanguage(context),
      facets: { ...session.selection },
      decision: result.decision,
      matchScore: result.matches[0]?.score ?? null,
      question,
    });
    const t = turnTranslator(context);
    const lines = [t('question.fallback'), t('question.fallbackOptions'), contactLine(this.deps.contact, t)];
    await context.sendActivity(lines.filter((line) => line !== undefined).join('\n\n'));
  }
}
