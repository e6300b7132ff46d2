import type { Activity, CardAction } from 'botbuilder';

/** A button the console shows as a numbered line; choosing it sends `text` (and `value`, like a click would). */
export interface ConsoleButton {
  title: string;
  text: string;
  value?: unknown;
}

export interface Styling {
  bold: (text: string) => string;
  dim: (text: string) => string;
}

export const PLAIN: Styling = { bold: (text) => text, dim: (text) => text };
export const ANSI: Styling = {
  bold: (text) => `\u001b[1m${text}\u001b[22m`,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
};

/** Markdown made readable in a terminal: bold kept (or styled), links as "label (url)", bullets as "•". */
export function markdownToTerminal(markdown: string, style: Styling = PLAIN): string {
  return markdown
    .replace(/\*\*(.+?)\*\*/g, (_match, text: string) => style.bold(text))
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_match, label: string, url: string) =>
      url.includes(label) ? url : `${label} (${url})`,
    )
    .replace(/^- /gm, '  • ');
}

function fromAction(action: CardAction): ConsoleButton {
  if (action.type === 'messageBack')
    return { title: action.title, text: String(action.text ?? action.title), value: action.value };
  return { title: action.title, text: String(action.value ?? action.title) };
}

interface SubmitAction {
  title?: string;
  data?: { msteams?: { type?: string; value?: unknown; text?: string } };
  selectAction?: SubmitAction;
  items?: { text?: string }[];
}

function fromSubmit(action: SubmitAction, title: string | undefined): ConsoleButton | undefined {
  const msteams = action.data?.msteams;
  if (!msteams) return undefined;
  if (msteams.type === 'messageBack')
    return { title: title ?? msteams.text ?? '', text: msteams.text ?? '', value: msteams.value };
  return { title: title ?? String(msteams.value), text: String(msteams.value) };
}

/** Buttons of an Adaptive Card built by `menuCard`: its actions, or its clickable rows. */
function fromCard(content: { actions?: SubmitAction[]; body?: SubmitAction[] }): ConsoleButton[] {
  const actions = (content.actions ?? []).map((action) => fromSubmit(action, action.title));
  const rows = (content.body ?? [])
    .filter((row) => row.selectAction)
    .map((row) => fromSubmit(row.selectAction as SubmitAction, row.items?.[0]?.text));
  return [...actions, ...rows].filter((button): button is ConsoleButton => button !== undefined);
}

/** The choices a reply offers, whatever their form (suggested actions or card buttons). */
export function buttonsOf(reply: Partial<Activity>): ConsoleButton[] {
  const suggested = reply.suggestedActions?.actions.map(fromAction) ?? [];
  const carded = (reply.attachments ?? [])
    .filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')
    .flatMap((attachment) => fromCard(attachment.content as Parameters<typeof fromCard>[0]));
  return [...suggested, ...carded];
}

/** One reply as terminal lines: its text, then its buttons numbered from 1. */
export function renderReply(reply: Partial<Activity>, style: Styling = PLAIN): string {
  const lines = reply.text ? [markdownToTerminal(reply.text, style)] : [];
  buttonsOf(reply).forEach((button, index) => lines.push(style.dim(`  ${index + 1}. `) + button.title));
  return lines.join('\n');
}
