/**
 * The variables of `npm run teams:package`, declared here beside the bot's own (`config.ts`) so that every variable
 * of the project is declared in `config/` and the README's tables are printed from one folder.
 */
import { ConfigError, optionalText, text, url, type Setting } from './settings';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^\d+\.\d+\.\d+$/;

/** A setting that must be a GUID when set (Teams and Azure app ids); read in lower case. */
export function guid(setting: Setting<string | undefined>): Setting<string | undefined> {
  const parse = (raw: string | undefined): string | undefined => {
    const value = setting.parse(raw);
    if (value !== undefined && !GUID.test(value)) {
      throw new ConfigError(setting.env, `expected a GUID (8-4-4-4-12 hexadecimal digits), got "${value}"`);
    }
    return value?.toLowerCase();
  };
  return { ...setting, parse };
}

function semver(env: string, doc: string, fallback: string): Setting<string> {
  const parse = (raw: string | undefined): string => {
    const value = text(env, doc, fallback).parse(raw);
    if (!SEMVER.test(value)) throw new ConfigError(env, `expected MAJOR.MINOR.PATCH (e.g. 1.0.0), got "${value}"`);
    return value;
  };
  return { env, doc, defaultText: fallback, parse };
}

/** Variables read only by `npm run teams:package`, on top of MicrosoftAppId and PUBLIC_URL from `config/config.ts`. */
export const PACKAGE_SETTINGS = {
  teamsAppId: guid(
    optionalText('TEAMS_APP_ID', "Teams app id (a GUID). Default: MicrosoftAppId, as in Microsoft's bot samples."),
  ),
  appVersion: semver(
    'TEAMS_APP_VERSION',
    'Version of the Teams app; raise it whenever the package changes, so that Teams updates installed copies.',
    '1.0.0',
  ),
  developerName: text('TEAMS_DEVELOPER_NAME', 'Publisher shown in Teams (32 characters at most).', 'FAQ Santé Bot'),
  privacyUrl: url('TEAMS_PRIVACY_URL', "Privacy page linked from the app's details. Default: PUBLIC_URL.", undefined),
  termsUrl: url('TEAMS_TERMS_URL', "Terms of use linked from the app's details. Default: PUBLIC_URL.", undefined),
} satisfies Record<string, Setting<unknown>>;

