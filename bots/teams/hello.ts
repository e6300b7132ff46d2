import type { Activity } from 'botbuilder';
import type { Lang } from '../../knowledge/types';
import { languageOf, translator } from '../../locales';

/** The one line the bot posts when it is added to a team or a group chat, in the language of whoever added it. */
export function helloText(activity: Partial<Activity>, defaultLang: Lang): string {
  const t = translator(languageOf(activity.locale) ?? defaultLang, 'teams');
  return t('chat.hello', { name: activity.recipient?.name || t('app.name.short') });
}
