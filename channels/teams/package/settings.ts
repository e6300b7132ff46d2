import { SETTINGS } from '../../../config/config';
import { ConfigError, optionalText, text, url, type Setting } from '../../../config/settings';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^\d+\.\d+\.\d+$/;

/** Used when PUBLIC_URL is unset, so that a package can be built before the host is known (example.com is reserved). */
export const PLACEHOLDER_PUBLIC_URL = 'https://faq-sante-bot.example.com/';

function guid(setting: Setting<string | undefined>): Setting<string | undefined> {
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

export interface PackageConfig {
  botId: string;
  appId: string;
  appVersion: string;
  developerName: string;
  publicUrl: string;
  privacyUrl: string;
  termsUrl: string;
  /** Settings that fell back to a placeholder: the package works for a trial upload, not for users. */
  placeholders: string[];
}

/** Reads and checks what the package needs; throws a `ConfigError` naming the first bad variable. */
export function readPackageConfig(env: NodeJS.ProcessEnv = process.env): PackageConfig {
  const botId = guid(SETTINGS.appId).parse(env[SETTINGS.appId.env]);
  if (!botId) {
    throw new ConfigError(SETTINGS.appId.env, "required to build the Teams package: the Azure Bot's app (client) id");
  }
  const publicUrl = httpsUrl(SETTINGS.publicUrl, env) ?? PLACEHOLDER_PUBLIC_URL;
  return {
    botId,
    appId: PACKAGE_SETTINGS.teamsAppId.parse(env[PACKAGE_SETTINGS.teamsAppId.env]) ?? botId,
    appVersion: PACKAGE_SETTINGS.appVersion.parse(env[PACKAGE_SETTINGS.appVersion.env]),
    developerName: PACKAGE_SETTINGS.developerName.parse(env[PACKAGE_SETTINGS.developerName.env]),
    publicUrl,
    privacyUrl: httpsUrl(PACKAGE_SETTINGS.privacyUrl, env) ?? publicUrl,
    termsUrl: httpsUrl(PACKAGE_SETTINGS.termsUrl, env) ?? publicUrl,
    placeholders: env[SETTINGS.publicUrl.env]?.trim() ? [] : [SETTINGS.publicUrl.env],
  };
}

/** Teams only opens https links from an app's details. */
function httpsUrl(setting: Setting<string | undefined>, env: NodeJS.ProcessEnv): string | undefined {
  const value = setting.parse(env[setting.env]);
  if (value !== undefined && new URL(value).protocol !== 'https:') {
    throw new ConfigError(setting.env, `expected an https:// URL, got "${value}"`);
  }
  return value;
}
