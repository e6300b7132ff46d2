import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { languageOf, type Lang } from '../config/languages';

/** What the bot remembers about a user from one conversation to the next (user state, per channel and user id). */
export interface UserPreferences {
  /** The last language the user chose explicitly ("English" / "Français"), in any conversation. */
  lang?: Lang;
}

export type PreferencesAccessor = StatePropertyAccessor<UserPreferences>;

/** The user's saved language choice, if any. Reading never creates the preferences (nothing to save then). */
export async function savedLanguage(preferences: PreferencesAccessor, context: TurnContext): Promise<Lang | undefined> {
  const saved = await preferences.get(context);
  // Stored data outlives code: a language this version does not offer is no choice.
  return languageOf(saved?.lang);
}

/** Saves an explicit choice for the user's next conversations (written with the turn's other state). */
export async function rememberLanguage(preferences: PreferencesAccessor, context: TurnContext, lang: Lang): Promise<void> {
  const saved = await preferences.get(context);
  await preferences.set(context, { ...saved, lang });
}
