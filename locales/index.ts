import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type i18n, type TFunction } from 'i18next';
import { LANGS, type Lang } from '../config/languages';
import { projectPath } from '../config/paths';

export { languageOf } from '../config/languages';

/** Every `locales/<lang>/<namespace>.json` file becomes the namespace `<namespace>` of that language. */
function readResources(dir: string): Record<Lang, Record<string, unknown>> {
  const resources = { fr: {}, en: {} } as Record<Lang, Record<string, unknown>>;
  for (const lang of LANGS) {
    for (const file of readdirSync(join(dir, lang)).filter((name) => name.endsWith('.json'))) {
      resources[lang][file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, lang, file), 'utf8'));
    }
  }
  return resources;
}

let shared: i18n | undefined;

/** One synchronously initialised i18next instance for the whole process, French as the fallback language. */
export function i18nInstance(): i18n {
  if (!shared) {
    const resources = readResources(projectPath('locales'));
    const namespaces = Object.keys(resources.fr);
    shared = createInstance();
    void shared.init({
      resources: resources as Record<string, Record<string, Record<string, unknown>>>,
      lng: 'fr',
      fallbackLng: 'fr',
      supportedLngs: [...LANGS],
      ns: namespaces,
      defaultNS: namespaces.includes('conversation') ? 'conversation' : namespaces[0],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  }
  return shared;
}

/** The translation function of one language, e.g. `translator('fr')('welcome.hello')`. */
export function translator(lang: Lang, namespace?: string): TFunction {
  return i18nInstance().getFixedT(lang, namespace);
}
