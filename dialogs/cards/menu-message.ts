import { ActionTypes, ActivityTypes, CardFactory, type Activity, type Attachment, type CardAction } from 'botbuilder';
import type { MenuOption } from '../menu/menu-option';
import type { RenderingCapabilities } from './capabilities';
import { typeset } from './typography';

/**
 * Longer button titles are truncated by Teams (suggested actions and card buttons alike): such options become a
 * card of wrapped, clickable rows.
 */
const MAX_BUTTON_TITLE = 40;
/** Teams moves card actions beyond this many into an overflow menu. */
const MAX_CARD_ACTIONS = 6;

/**
 * The prompt text with its options as suggested actions, or as an Adaptive Card where the channel needs one. Text and
 * titles are typeset; what the buttons send is not (it is read back as typed text).
 */
export function menuMessage(
  text: string,
  typedOptions: readonly MenuOption[],
  capabilities: RenderingCapabilities,
): Partial<Activity> {
  const options = typedOptions.map((option) => ({ ...option, title: typeset(option.title) }));
  const message: Partial<Activity> = { type: ActivityTypes.Message, text: typeset(text), inputHint: 'expectingInput' };
  if (options.length === 0) return message;
  if (needsCard(options, capabilities)) return { ...message, attachments: [menuCard(options)] };
  return {
    ...message,
    suggestedActions: { to: [], actions: options.map((option) => suggestedAction(option, capabilities)) },
  };
}

function needsCard(options: readonly MenuOption[], capabilities: RenderingCapabilities): boolean {
  if (!capabilities.adaptiveCards) return false;
  const payloads = options.some((option) => option.payload !== undefined);
  const longTitles = options.some((option) => option.title.length > MAX_BUTTON_TITLE);
  return (
    options.length > capabilities.maxSuggestedActions ||
    longTitles ||
    (payloads && !capabilities.suggestedActionPayloads)
  );
}

function suggestedAction(option: MenuOption, capabilities: RenderingCapabilities): CardAction {
  if (option.payload && capabilities.suggestedActionPayloads) {
    return {
      type: ActionTypes.MessageBack,
      title: option.title,
      text: option.value,
      displayText: option.value,
      value: option.payload,
    };
  }
  return { type: ActionTypes.ImBack, title: option.title, value: option.value };
}

/** Action.Submit data that Teams turns into a message carrying the option's text (and payload, if any). */
export function submitData(option: MenuOption): Record<string, unknown> {
  const msteams = option.payload
    ? { type: 'messageBack', text: option.value, displayText: option.value, value: option.payload }
    : { type: 'imBack', value: option.value };
  return { msteams };
}

/** An Adaptive Card 1.5 whose buttons send back the same text the dialog understands when typed. */
export function menuCard(options: readonly MenuOption[]): Attachment {
  const short =
    options.length <= MAX_CARD_ACTIONS && options.every((option) => option.title.length <= MAX_BUTTON_TITLE);
  const submit = (option: MenuOption) => ({ type: 'Action.Submit', title: option.title, data: submitData(option) });
  const card = short
    ? { body: [], actions: options.map(submit) }
    : { body: options.map((option) => clickableRow(option, submit(option))) };
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    ...card,
  });
}

function clickableRow(option: MenuOption, action: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'Container',
    style: 'emphasis',
    spacing: 'small',
    selectAction: action,
    items: [{ type: 'TextBlock', text: option.title, wrap: true, color: 'accent' }],
  };
}
