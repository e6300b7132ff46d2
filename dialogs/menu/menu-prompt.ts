import type { TurnContext } from 'botbuilder';
import { Prompt, type DialogContext, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { capabilitiesFor } from '../cards/capabilities';
import { menuMessage } from '../cards/menu-message';
import { prepareQuestion } from '../input';
import type { Lang } from '../../knowledge/types';
import type { NextStep } from '../next-step';
import type { MenuOption, MenuReply } from './menu-option';
import { recognizeReply } from './recognize-reply';

export interface MenuPromptOptions extends PromptOptions {
  text: string;
  options: MenuOption[];
  /** The language the menu was written in. */
  lang?: Lang;
  /**
   * How to show this menu again in the other language, after "English" / "Français": the step that rebuilds it
   * (the same cascade question, the answer awaiting its rating, the other answers after a "No"…). Default: the
   * cascade question.
   */
  resume?: NextStep;
}

/**
 * A choice prompt that never insists: a reply that is not one of the options is returned as free text (a question
 * for the matcher) instead of "please choose". Options render as buttons or an Adaptive Card depending on the
 * channel (`capabilitiesFor`); typed replies are read in both languages (`recognizeReply`).
 */
export class MenuPrompt extends Prompt<MenuReply> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected override async onPrompt(context: TurnContext, _state: object, options: PromptOptions): Promise<void> {
    const menu = options as MenuPromptOptions;
    await context.sendActivity(menuMessage(menu.text, menu.options, capabilitiesFor(context.activity.channelId)));
  }

  protected override async onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<MenuReply>> {
    const menu = options as MenuPromptOptions;
    const text = context.activity.text ?? '';
    const id = clickedOption(menu.options, context.activity.value) ?? recognizeReply(text, menu.options);
    return {
      succeeded: true,
      value: id === undefined ? { kind: 'text', ...prepareQuestion(text) } : { kind: 'option', id },
    };
  }
}

/** The menu a conversation is waiting on: which prompt (its dialog id) and what it offered. */
export interface ActiveMenu {
  id: string;
  menu: MenuPromptOptions;
}

/**
 * The menu the conversation waits on, read from the dialog stack itself: its innermost active dialog, when that is a
 * MenuPrompt. What the conversation is doing is the stack's to say; the session does not keep a copy of it.
 */
export function activeMenu(dc: DialogContext): ActiveMenu | undefined {
  let inner = dc;
  while (inner.child) inner = inner.child;
  const instance = inner.activeDialog;
  if (!instance || !(inner.findDialog(instance.id) instanceof MenuPrompt)) return undefined;
  // botbuilder's Prompt keeps the options it began with in its instance state (`Prompt.beginDialog`).
  const menu = (instance.state as { options?: MenuPromptOptions }).options;
  return menu ? { id: instance.id, menu } : undefined;
}

/** The option whose payload came back as the activity's value (a messageBack click, whatever its text). */
function clickedOption(options: readonly MenuOption[], value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const sent = value as Record<string, unknown>;
  const matches = (payload: Record<string, string>) =>
    Object.keys(payload).length === Object.keys(sent).length &&
    Object.entries(payload).every(([key, expected]) => sent[key] === expected);
  return options.find((option) => option.payload && matches(option.payload))?.id;
}
