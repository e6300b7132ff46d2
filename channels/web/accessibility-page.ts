import { html, type SafeHtml } from './html';
import { layout, withLang, type PageContext } from './layout';

const RIGHTS_DEFENDER_FORM = 'https://formulaire.defenseurdesdroits.fr/';
const RIGHTS_DEFENDER_DELEGATES = 'https://www.defenseurdesdroits.fr/saisir/delegues';
/** The pages the statement says were checked, as RGAA asks it to list them. */
const CHECKED_PAGES = [
  ['home', '/'],
  ['chat', '/chat'],
  ['statement', '/accessibilite'],
] as const;

function list(items: readonly (string | SafeHtml)[]): SafeHtml {
  return html`<ul>
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

function nonAccessible({ t }: PageContext): SafeHtml {
  const key = 'accessibility.nonAccessible';
  const items = t(`${key}.nonCompliance.items`, { returnObjects: true }) as string[];
  return html`<h2>${t(`${key}.heading`)}</h2>
    <h3>${t(`${key}.nonCompliance.heading`)}</h3>
    <p>${t(`${key}.nonCompliance.intro`)}</p>
    ${list(items)}
    <h3>${t(`${key}.derogations.heading`)}</h3>
    <p>${t(`${key}.derogations.text`)}</p>
    <h3>${t(`${key}.exempt.heading`)}</h3>
    <p>${t(`${key}.exempt.text`)}</p>`;
}

function establishment({ t, lang }: PageContext): SafeHtml {
  const key = 'accessibility.establishment';
  const items = (name: string) => t(`${key}.${name}.items`, { returnObjects: true }) as string[];
  const pages = CHECKED_PAGES.map(
    ([name, path]) => html`<a href="${withLang(path, lang)}">${t(`${key}.pages.${name}`)}</a>`,
  );
  return html`<h2>${t(`${key}.heading`)}</h2>
    <p>${t(`${key}.date`)}</p>
    <h3>${t(`${key}.technologies.heading`)}</h3>
    ${list(items('technologies'))}
    <h3>${t(`${key}.environment.heading`)}</h3>
    <p>${t(`${key}.environment.text`)}</p>
    <h3>${t(`${key}.tools.heading`)}</h3>
    ${list(items('tools'))}
    <h3>${t(`${key}.pages.heading`)}</h3>
    ${list(pages)}`;
}

function feedbackAndRemedy({ t, contactUrl }: PageContext): SafeHtml {
  return html`<h2>${t('accessibility.contact.heading')}</h2>
    <p>${t('accessibility.contact.text')}</p>
    <p><a href="${contactUrl}">${t('accessibility.contact.link')}</a></p>
    <h2>${t('accessibility.remedy.heading')}</h2>
    <p>${t('accessibility.remedy.text')}</p>
    ${list([
      html`<a href="${RIGHTS_DEFENDER_FORM}" hreflang="fr">${t('accessibility.remedy.form')}</a>`,
      html`<a href="${RIGHTS_DEFENDER_DELEGATES}" hreflang="fr">${t('accessibility.remedy.delegate')}</a>`,
      t('accessibility.remedy.post'),
    ])}`;
}

/** The accessibility statement, with the sections RGAA requires; « non conforme » until an audit. */
export function accessibilityPage(context: PageContext): string {
  const { t, lang } = context;
  const main = html`<main id="content" tabindex="-1">
    <div class="container">
      <div class="prose">
        <h1>${t('accessibility.title')}</h1>
        <p>${t('accessibility.commitment')}</p>
        <p>${t('accessibility.scope')}</p>
        <h2>${t('accessibility.status.heading')}</h2>
        <p>${t('accessibility.status.text')}</p>
        <h2>${t('accessibility.results.heading')}</h2>
        <p>${t('accessibility.results.text')}</p>
        ${nonAccessible(context)} ${establishment(context)} ${feedbackAndRemedy(context)}
        <p><a href="${withLang('/', lang)}">${t('accessibility.back')}</a></p>
      </div>
    </div>
  </main>`;
  return layout(context, { title: t('meta.accessibilityTitle'), path: '/accessibilite', main });
}
