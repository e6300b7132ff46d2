import { ConfigError } from '../../../config/settings';
import { readPackageConfig } from '../../../channels/teams/package/settings';
import { BOT_ID, packageEnv, TEAMS_APP_ID } from './package-fixtures';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    readPackageConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readPackageConfig', () => {
  it('needs MicrosoftAppId, and says so by name', () => {
    const error = configError(packageEnv({ MicrosoftAppId: undefined }));
    expect(error.variable).toBe('MicrosoftAppId');
    expect(error.message).toMatch(/^\[config\] MicrosoftAppId: required to build the Teams package/);
  });

  it('rejects a MicrosoftAppId that is not a GUID', () => {
    const error = configError(packageEnv({ MicrosoftAppId: 'faq-sante-bot' }));
    expect(error.variable).toBe('MicrosoftAppId');
    expect(error.message).toMatch(/expected a GUID.*got "faq-sante-bot"/);
  });

  it('uses MicrosoftAppId as the Teams app id unless TEAMS_APP_ID is set', () => {
    expect(readPackageConfig(packageEnv())).toMatchObject({ botId: BOT_ID, appId: BOT_ID });
    expect(readPackageConfig(packageEnv({ TEAMS_APP_ID: TEAMS_APP_ID.toUpperCase() }))).toMatchObject({
      botId: BOT_ID,
      appId: TEAMS_APP_ID,
    });
    expect(configError(packageEnv({ TEAMS_APP_ID: '1234' })).variable).toBe('TEAMS_APP_ID');
  });

  it('derives the developer links from PUBLIC_URL, with their own overrides', () => {
    const config = readPackageConfig(
      packageEnv({ PUBLIC_URL: 'https://faq.example.org/bot', TEAMS_TERMS_URL: 'https://example.org/cgu' }),
    );
    expect(config).toMatchObject({
      publicUrl: 'https://faq.example.org/bot',
      privacyUrl: 'https://faq.example.org/bot',
      termsUrl: 'https://example.org/cgu',
      placeholders: [],
    });
  });

  it('falls back to a placeholder host when PUBLIC_URL is unset, and says so', () => {
    expect(readPackageConfig(packageEnv())).toMatchObject({
      publicUrl: 'https://faq-sante-bot.example.com/',
      placeholders: ['PUBLIC_URL'],
    });
  });

  it('refuses links that Teams would not open', () => {
    expect(configError(packageEnv({ PUBLIC_URL: 'http://faq.example.org' })).message).toMatch(
      /PUBLIC_URL: expected an https:\/\/ URL/,
    );
    expect(configError(packageEnv({ TEAMS_PRIVACY_URL: 'not a url' })).variable).toBe('TEAMS_PRIVACY_URL');
  });

  it('takes the app version from TEAMS_APP_VERSION, as MAJOR.MINOR.PATCH', () => {
    expect(readPackageConfig(packageEnv()).appVersion).toBe('1.0.0');
    expect(readPackageConfig(packageEnv({ TEAMS_APP_VERSION: '2.3.4' })).appVersion).toBe('2.3.4');
    expect(configError(packageEnv({ TEAMS_APP_VERSION: 'v2' })).variable).toBe('TEAMS_APP_VERSION');
  });
});
