/**
 * The languages the bot speaks, defined at the bottom of the layers (config → locales → knowledge → storage → dialogs
 * → bots → channels) so that every layer, configuration included, can name them without importing upwards.
 */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Maps a BCP-47 locale such as `fr-FR`, `en-US` or `EN` to a supported language, or undefined. */
export function languageOf(locale: string | undefined): Lang | undefined {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary);
}
