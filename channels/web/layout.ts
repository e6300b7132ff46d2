import type { TFunction } from 'i18next';
import type { Lang } from '../../knowledge/types';
import { html, type SafeHtml } from './html';
import type { WebAssets } from './static-assets';

/** What every page template needs: the language, its strings, the asset URLs and the page's CSP nonce. */
export interface PageContext {
  lang: Lang;
  t: TFunction;
  assets: WebAssets;
  nonce: string;
  contactUrl: string;
}

export interface PageParts {
  title: string;
  /** The page's own path, for the language switch (`?lang=` is appended). */
  path: string;
  main: SafeHtml;
  /** Without header and footer: the chat page shown alone or in another site's iframe. */
  bare?: boolean;
  scripts?: string[];
  /** Style sheets after the site's own (the admin page's). */
  stylesheets?: string[];
  /** Whether the page holds the chat (its skip link). Default: when it has scripts. */
  chat?: boolean;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

export function withLang(path: string, lang: Lang): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}

function skipLinks({ t }: PageContext, hasChat: boolean): SafeHtml {
  return html`<nav class="skip-links" aria-label="${t('skip.label')}" data-swap="skip-links">
    <div class="container">
      <ul>
        ${hasChat ? html`<li><a href="#chat">${t('skip.toChat')}</a></li>` : ''}
        <li><a href="#content">${t('skip.toContent')}</a></li>
        <li><a href="#footer">${t('skip.toFooter')}</a></li>
      </ul>
    </div>
  </nav>`;
}

function header(context: PageContext, path: string): SafeHtml {
  const { t, lang, assets } = context;
  const target = otherLang(lang);
  return html`<header class="site-header" data-swap="header">
    <div class="container">
      <a class="brand" href="${withLang('/', lang)}" title="${t('header.home')}">
        <img class="brand__mark" src="${assets.favicon.url}" alt="" />
        <span
          ><span class="brand__name">${t('header.service')}</span>
          <span class="brand__tagline">${t('header.tagline')}</span></span
        >
      </a>
      <a
        class="lang-switch"
        href="${withLang(path, target)}"
        hreflang="${target}"
        lang="${target}"
        aria-label="${t('header.langSwitchLabel')}"
        >${t('header.langSwitch')}</a
      >
    </div>
  </header>`;
}

function footer({ t, lang, contactUrl }: PageContext): SafeHtml {
  return html`<footer class="site-footer" id="footer" data-swap="footer">
    <div class="container">
      <p>${t('footer.notice')}</p>
      <ul>
        <li><a href="${withLang('/', lang)}">${t('footer.home')}</a></li>
        <li><a href="${withLang('/accessibilite', lang)}">${t('footer.accessibility')}</a></li>
        <li><a href="${contactUrl}">${t('footer.contact')}</a></li>
      </ul>
    </div>
  </footer>`;
}

/**
 * The whole HTML document around a page's main content. Elements marked `data-swap` hold the page's texts: the chat
 * pages' scripts replace them with the other language's when the page switches language (assets/page-language.js).
 */
export function layout(context: PageContext, parts: PageParts): string {
  const { t, lang, assets } = context;
  const chrome = !parts.bare;
  const hasChat = parts.chat ?? Boolean(parts.scripts?.length);
  const page = html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${parts.title}</title>
        <meta name="description" content="${t('meta.description')}" />
        <link rel="icon" href="${assets.favicon.url}" type="image/svg+xml" />
        <link rel="stylesheet" href="${assets.stylesheet.url}" />
        ${(parts.stylesheets ?? []).map((href) => html`<link rel="stylesheet" href="${href}" /> `)}
        ${(parts.scripts ?? []).map((src) => html`<script src="${src}" defer></script> `)}
      </head>
      <body class="${chrome ? 'site' : 'chat-only'}">
        ${chrome ? skipLinks(context, hasChat) : ''} ${chrome ? header(context, parts.path) : ''} ${parts.main}
        ${chrome ? footer(context) : ''}
      </body>
    </html> `;
  return page.value;
}
