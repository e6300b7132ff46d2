/** One choice offered to the user: a button where the channel has buttons, and something typing can select. */
export interface MenuOption {
  /** What the dialog gets back when the option is chosen; never shown. */
  id: string;
  /** The button's title, e.g. "Labels (2)". */
  title: string;
  /** The text the button sends, and that typing selects, e.g. "Labels". */
  value: string;
  /** Other words that select the option when typed (e.g. "ouais" for "Oui"). */
  synonyms?: string[];
  /** Signs that select the option when a reply is made of nothing else (👍 for "Oui"). */
  symbols?: string[];
  /**
   * Sent as the activity's `value` where the channel allows, so that the bot can tell which message a button belonged
   * to (a click on an old feedback button).
   */
  payload?: Record<string, string>;
}

/** What the user did with a menu: chose an option, or typed something that is not one (a free-text question, already
 * cut to length and redacted: it may be kept in the dialog state). */
export type MenuReply = { kind: 'option'; id: string } | { kind: 'text'; text: string; truncated: boolean };
