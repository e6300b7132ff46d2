import type { TurnContext } from 'botbuilder';
import type { Lang } from '../knowledge/types';
import { languageOf } from '../locales';
import type { ConversationDeps } from './deps';

/** What the bot remembers about a user from one conversation to the next (user state, per channel and user id). */
export interface UserPreferences {
  /** The last language the user chose explicitly ("English" / "Français"), in any conversation. */
  lang?: Lang;
}

/** The user's saved language choice, if any. Reading never creates the preferences (nothing to save then). */
export async function savedLanguage(deps: ConversationDeps, context: TurnContext): Promise<Lang | undefined> {
  const preferences = await deps.preferences.get(context);
  // Stored data outlives code: a language this version does not offer is no choice.
  return languageOf(preferences?.lang);
}

/** Saves an explicit choice for the user's next conversations (written with the turn's other state). */
export async function rememberLanguage(deps: ConversationDeps, context: TurnContext, lang: Lang): Promise<void> {
  const preferences = await deps.preferences.get(context);
  await deps.preferences.set(context, { ...preferences, lang });
}
