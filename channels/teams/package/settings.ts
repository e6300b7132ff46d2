import { SETTINGS } from '../../../config/config';
import { ConfigError, type Setting } from '../../../config/settings';
import { guid, PACKAGE_SETTINGS } from '../../../config/teams-package-settings';

/** Used when PUBLIC_URL is unset, so that a package can be built before the host is known (example.com is reserved). */
export const PLACEHOLDER_PUBLIC_URL = 'https://faq-sante-bot.example.com/';

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
