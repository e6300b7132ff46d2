import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import type { Lang } from '../knowledge/types';
import { turnLanguageOrUndefined } from '../dialogs/language';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

/**
 * Says in each reply which language it is in (`locale`). botbuilder copies the incoming activity's locale onto
 * replies, which is wrong once the user has typed "English" on a French page: the web page follows this field to
 * switch its own language and to mark each bubble's (`lang`), so screen readers use the right voice.
 */
export async function stampReplyLocale(
  context: TurnContext,
  activities: Partial<Activity>[],
  next: () => Promise<ResourceResponse[]>,
): Promise<ResourceResponse[]> {
  const lang = turnLanguageOrUndefined(context);
  if (lang) for (const activity of activities) activity.locale = LOCALES[lang];
  return next();
}
