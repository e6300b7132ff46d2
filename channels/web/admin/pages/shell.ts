import type { TFunction } from 'i18next';
import type { Request, Response } from 'restify';
import type { Lang } from '../../../../knowledge/types';
import { languageOf, translator } from '../../../../locales';
import { html, type SafeHtml } from '../../html';
import { layout, withLang, type PageContext } from '../../layout';
import { newNonce, sendPage } from '../../security-headers';
import type { WebAssets } from '../../static-assets';
import type { AdminAssets } from '../admin-assets';
import type { AdminSession } from '../auth/session';

/** What the admin pages need besides the site's page context: their own strings and files, and who is logged in. */
export interface AdminPageContext {
  site: PageContext;
  lang: Lang;
  /** The `admin` namespace. */
  a: TFunction;
  assets: AdminAssets;
}

export interface ShellDeps {
  webAssets: WebAssets;
  adminAssets: AdminAssets;
  defaultLang: Lang;
  contactUrl: string;
}

export function requestedLang(req: Request, fallback: Lang): Lang {
  return languageOf(new URL(req.url ?? '/', 'http://local').searchParams.get('lang') ?? undefined) ?? fallback;
}

export function pageContext(req: Request, deps: ShellDeps): AdminPageContext {
  const lang = requestedLang(req, deps.defaultLang);
  const site: PageContext = {
    lang,
    t: translator(lang, 'web'),
    assets: deps.webAssets,
    nonce: newNonce(),
    contactUrl: deps.contactUrl,
  };
  return { site, lang, a: translator(lang, 'admin'), assets: deps.adminAssets };
}

export type AdminSection = 'dashboard' | 'inbox' | 'suggestions';
const SECTIONS: Array<[AdminSection, string]> = [
  ['dashboard', '/admin'],
  ['inbox', '/admin/inbox'],
];

function nav(context: AdminPageContext, current: AdminSection, session: AdminSession): SafeHtml {
  const { a, lang } = context;
  return html`<nav class="admin-nav" aria-label="${a('nav.label')}">
    <ul>
      ${SECTIONS.map(
        ([section, path]) =>
          html`<li><a href="${withLang(path, lang)}" ${section === current ? html`aria-current="page"` : ''}>${a(`nav.${section}`)}</a></li>`,
      )}
    </ul>
    <div class="admin-nav__who">
      <span>${a('nav.signedInAs', { name: session.name })}</span>
      <button type="button" class="button button--secondary" id="logout" data-lang="${lang}">${a('nav.logout')}</button>
    </div>
  </nav>`;
}

export interface AdminPageParts {
  section: AdminSection;
  title: string;
  path: string;
  body: SafeHtml;
  scripts: string[];
  session: AdminSession;
  csrf: string;
}

/** An admin page in the site's layout: navigation, then its body; the CSRF token rides on <main> for the scripts. */
export function renderAdminPage(context: AdminPageContext, parts: AdminPageParts): string {
  const main = html`<main id="content" tabindex="-1" data-csrf="${parts.csrf}" data-lang="${context.lang}">
    <div class="container">${nav(context, parts.section, parts.session)} ${parts.body}</div>
  </main>`;
  return layout(context.site, {
    title: `${parts.title} – ${context.a('meta.title')}`,
    path: parts.path,
    main,
    scripts: parts.scripts,
    stylesheets: [context.assets.stylesheet.url],
    chat: false,
  });
}

export function sendAdminPage(res: Response, context: AdminPageContext, body: string, status = 200): void {
  sendPage(res, body, context.site.nonce, { frameAncestors: [], connectTo: [] }, status);
}
