/**
 * What the Teams app package is made of: the manifest schema version it targets and the files inside the zip.
 * The version is the newest one `@microsoft/app-manifest` ships offline (a test fails when a newer one appears).
 */
export const MANIFEST_VERSION = '1.30';

const SCHEMA_BASE = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}`;
export const MANIFEST_SCHEMA_URL = `${SCHEMA_BASE}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA_URL = `${SCHEMA_BASE}/MicrosoftTeams.Localization.schema.json`;

export const PACKAGE_FILES = {
  manifest: 'manifest.json',
  colorIcon: 'color.png',
  outlineIcon: 'outline.png',
  french: 'fr.json',
} as const;

/**
 * The manifest's own strings are English and French comes from `fr.json`. Teams picks an additional language by the
 * user's language alone when the tag has no region, so `fr` serves fr-FR, fr-BE, fr-CA and fr-CH alike, while
 * users of any other language fall back to English rather than to French.
 */
export const DEFAULT_LANGUAGE_TAG = 'en';
export const FRENCH_LANGUAGE_TAG = 'fr';

/** Deep blue of the color icon's background, also the app's accent colour in Teams. */
export const ACCENT_COLOR = '#1f5aa6';

export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** Relative to the working directory, which `npm run` sets to the project root. */
export const DEFAULT_OUT_PATH = 'dist/teams/faq-sante-bot.zip';
