import type { Activity } from 'botbuilder';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
/** Teams shows at most this many suggested actions. */
export const TEAMS_MAX_SUGGESTED_ACTIONS = 3;

export interface CardChoice {
  title: string;
  data: { msteams?: { type: string; value?: unknown; text?: string; displayText?: string } };
}

interface CardContent {
  version?: string;
  actions?: { type: string; title: string; data: CardChoice['data'] }[];
  body?: { selectAction?: { title: string; data: CardChoice['data'] }; items?: { text?: string }[] }[];
}

function cardContent(reply: Partial<Activity>): CardContent | undefined {
  const card = reply.attachments?.find((attachment) => attachment.contentType === ADAPTIVE_CARD);
  return card?.content as CardContent | undefined;
}

/** The buttons of a reply's Adaptive Card: its actions, or its clickable rows when the titles are long. */
export function cardChoices(reply: Partial<Activity> | undefined): CardChoice[] {
  const content = reply && cardContent(reply);
  if (!content) return [];
  if (content.actions?.length) return content.actions.map(({ title, data }) => ({ title, data }));
  return (content.body ?? []).flatMap((row) =>
    row.selectAction ? [{ title: row.items?.[0]?.text ?? row.selectAction.title, data: row.selectAction.data }] : [],
  );
}

/** What the user sees as choices: suggested actions or card buttons. */
export function choiceTitles(reply: Partial<Activity> | undefined): string[] {
  const actions = reply?.suggestedActions?.actions ?? [];
  return actions.length ? actions.map((action) => action.title ?? '') : cardChoices(reply).map((choice) => choice.title);
}

/** The last reply that offers choices. */
export function lastMenu(replies: readonly Partial<Activity>[]): Partial<Activity> | undefined {
  return [...replies].reverse().find((reply) => choiceTitles(reply).length > 0);
}

/**
 * Why a reply would not render as intended in Teams, if it would not: more than three suggested actions, suggested
 * actions beside an attachment (Teams drops them), suggested actions other than imBack, an Adaptive Card above 1.5.
 */
export function teamsRenderingProblems(reply: Partial<Activity>): string[] {
  const problems: string[] = [];
  const actions = reply.suggestedActions?.actions ?? [];
  if (actions.length > TEAMS_MAX_SUGGESTED_ACTIONS) problems.push(`${actions.length} suggested actions`);
  if (actions.length > 0 && reply.attachments?.length) problems.push('suggested actions beside an attachment');
  if (actions.some((action) => action.type !== 'imBack')) problems.push('a suggested action that is not imBack');
  const version = cardContent(reply)?.version;
  if (version !== undefined && Number(version) > 1.5) problems.push(`Adaptive Card ${version}`);
  return problems.map((problem) => `${problem} in "${(reply.text ?? '').slice(0, 60)}"`);
}
