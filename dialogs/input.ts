import type { Activity } from 'botbuilder';
import { redactPii } from '../storage/redact';

/** The matcher reads this much of a message; the rest of a pasted document adds nothing but noise. */
export const MAX_QUESTION_LENGTH = 500;

/** A free-text question as the dialogs keep it: cut to a useful length and without personal data. */
export interface PreparedQuestion {
  text: string;
  truncated: boolean;
}

export function prepareQuestion(raw: string): PreparedQuestion {
  const trimmed = raw.trim().replace(/\s+/g, ' ');
  const truncated = trimmed.length > MAX_QUESTION_LENGTH;
  return { text: redactPii(truncated ? trimmed.slice(0, MAX_QUESTION_LENGTH) : trimmed), truncated };
}

export type EmptyInput = 'empty' | 'attachmentsOnly';

/**
 * A message the dialogs cannot read: nothing typed (whitespace only), or only attachments. Button clicks that carry
 * a value are read before this check.
 */
export function emptyInput(activity: Partial<Activity>): EmptyInput | undefined {
  if (activity.type !== 'message' || activity.text?.trim()) return undefined;
  return activity.attachments?.length ? 'attachmentsOnly' : 'empty';
}
