import { readFileSync } from 'node:fs';
import { ConfigError } from '../../config/settings';
import { listenHost, loadConfig, SETTINGS } from '../../config/config';
import { contactSettings } from '../../config/contact-settings';
import { projectPath } from '../../config/paths';
import { PACKAGE_SETTINGS } from '../../config/teams-package-settings';

const local = { BOT_LOCAL_MODE: 'true' };

describe('loadConfig', () => {
  it('gives the documented defaults in local mode', () => {
    const config = loadConfig(local);
    expect(config.port).toBe(3978);
    expect(config.dataDir).toBe('data');
    expect(config.defaultLang).toBe('fr');
    expect(config.databaseUrl).toBeUndefined();
    expect(listenHost(config)).toBe('127.0.0.1');
    expect(config.localServiceUrls).toEqual(['http://localhost:56150', 'http://127.0.0.1:56150']);
    expect(loadConfig({ ...local, LOCAL_SERVICE_URLS: 'http://127.0.0.1:4000/_connector/' }).localServiceUrls).toEqual([
      'http://127.0.0.1:4000',
    ]);
  });

  it.each([
    [{ ...local, PORT: 'abc' }, 'PORT'],
    [{ ...local, PORT: '70000' }, 'PORT'],
    [{ ...local, DEFAULT_LANG: 'de' }, 'DEFAULT_LANG'],
    [{ ...local, BOT_LOCAL_MODE: 'maybe' }, 'BOT_LOCAL_MODE'],
    [{ ...local, CONTACT_URL: 'not a url' }, 'CONTACT_URL'],
    [{ ...local, DIRECTLINE_TOKEN_KEY: 'short' }, 'DIRECTLINE_TOKEN_KEY'],
    [{ ...local, LOCAL_SERVICE_URLS: 'http://localhost:56150,not a url' }, 'LOCAL_SERVICE_URLS'],
    [{ ...local, HEADERS_TIMEOUT_SECONDS: '20', REQUEST_TIMEOUT_SECONDS: '10' }, 'HEADERS_TIMEOUT_SECONDS'],
    [{ ...local, MESSAGES_PER_MINUTE: '0' }, 'MESSAGES_PER_MINUTE'],
    [{ ...local, CONTACT_VIA: 'email' }, 'CONTACT_VIA'],
    [{ ...local, CONTACT_VIA: 'form' }, 'CONTACT_VIA'],
    [{ ...local, CONTACT_VIA: 'pigeon' }, 'CONTACT_VIA'],
    [{ ...local, CONTACT_FORM_FIELDS: 'subject=objet' }, 'CONTACT_FORM_FIELDS'],
    [{ ...local, CONTACT_FORM_FIELDS: 'subject=objet,body=mes sage' }, 'CONTACT_FORM_FIELDS'],
    [{}, 'MicrosoftAppId'],
    [{ MicrosoftAppId: '00000000-0000-0000-0000-000000000001' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: 'x', MicrosoftAppPassword: 'y', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
  ])('rejects %p naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(`[config] ${variable}:`);
  });

  it('chooses how "write to the agency" reaches it', () => {
    expect(contactSettings(loadConfig(local)).via).toBe('page');
    expect(contactSettings(loadConfig({ ...local, CONTACT_EMAIL: 'a@example.org' })).via).toBe('email');
    const form = contactSettings(loadConfig({ ...local, CONTACT_FORM_FIELDS: 'subject=objet, body=message' }));
    expect(form).toMatchObject({ via: 'form', formFields: { subject: 'objet', body: 'message' } });
    const both = { ...local, CONTACT_EMAIL: 'a@example.org', CONTACT_FORM_FIELDS: 'subject=s,body=b' };
    expect(contactSettings(loadConfig({ ...both, CONTACT_VIA: 'form' })).via).toBe('form');
  });

  it('accepts Azure credentials without local mode and listens on every interface', () => {
    const config = loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'multitenant' });
    expect(config.appType).toBe('MultiTenant');
    expect(listenHost(config)).toBe('0.0.0.0');
  });

  it('documents every variable in the README configuration table', () => {
    const readme = readFileSync(projectPath('README.md'), 'utf8');
    const missing = [...Object.values(SETTINGS), ...Object.values(PACKAGE_SETTINGS)]
      .map((setting) => setting.env)
      .filter((env) => !readme.includes(`| \`${env}\``));
    expect(missing).toEqual([]);
  });
});
