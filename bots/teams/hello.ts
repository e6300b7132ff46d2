import type { Activity } from 'botbuilder';
import type { Lang } from '../../config/languages';
import { translator } from '../../locales';

/** The one line the bot posts when it is added to a team or a group chat, in the turn's language. */
export function helloText(activity: Partial<Activity>, lang: Lang): string {
  const t = translator(lang, 'teams');
  return t('chat.hello', { name: activity.recipient?.name || t('app.name.short') });
}
