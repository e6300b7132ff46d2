import { html, type SafeHtml } from './html';
import { layout, withLang, type PageContext } from './layout';

const TOKEN_PATH = '/api/directline/token';
const WEB_CHAT_LOCALES = { fr: 'fr-FR', en: 'en-US' } as const;
const RIGHTS_DEFENDER_URL = 'https://formulaire.defenseurdesdroits.fr/';
/**
 * The send box's `maxlength`. Web Chat posts the text as JSON: at most 6 bytes per character (`\u001f`), so a
 * message this long stays within the default DIRECTLINE_MAX_ACTIVITY_BYTES, and below the local Direct Line's
 * 5,000-character cut, which remains for other clients.
 */
export const MAX_MESSAGE_LENGTH = 2000;

const warningIcon = (url: string): SafeHtml => html`<img class="privacy__icon" src="${url}" alt="" />`;

/** The Web Chat container; chat.js reads its data-* attributes (no inline script under the CSP). */
function chatHost(context: PageContext): SafeHtml {
  const { t, lang, nonce } = context;
  return html`<div
      id="webchat"
      class="webchat-host"
      data-lang="${lang}"
      data-locale="${WEB_CHAT_LOCALES[lang]}"
      data-token-url="${withLang(TOKEN_PATH, lang)}"
      data-nonce="${nonce}"
      data-msg-unavailable="${t('chat.unavailable')}"
      data-msg-busy="${t('chat.busy')}"
      data-msg-connection-lost="${t('chat.connectionLost')}"
      data-msg-restart="${t('chat.restart')}"
      data-max-length="${MAX_MESSAGE_LENGTH}"
    >
      <p class="webchat-status" role="status">${t('chat.loading')}</p>
    </div>
    <noscript><p class="webchat-status">${t('chat.noscript')}</p></noscript>`;
}

function chatScripts({ assets }: PageContext): string[] {
  return [assets.webChat.url, assets.connectionWatch.url, assets.chatScript.url];
}

function tips({ t }: PageContext): SafeHtml {
  const items = t('home.tips', { returnObjects: true }) as string[];
  return html`<section class="side-card" aria-labelledby="tips-title">
    <h2 id="tips-title">${t('home.tipsHeading')}</h2>
    <ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>
  </section>`;
}

function contact({ t, contactUrl }: PageContext): SafeHtml {
  return html`<section class="side-card" aria-labelledby="contact-title">
    <h2 id="contact-title">${t('home.contactHeading')}</h2>
    <p>${t('home.contactText')}</p>
    <p><a href="${contactUrl}">${t('home.contactLink')}</a></p>
  </section>`;
}

export function homePage(context: PageContext): string {
  const { t, assets } = context;
  const main = html`<main id="content" tabindex="-1">
    <div class="container">
      <div class="intro">
        <h1>${t('home.title')}</h1>
        <p class="lead">${t('home.intro')}</p>
        <p>${t('home.introHow')}</p>
      </div>
      <div class="layout">
        <section id="chat" class="chat-card" aria-labelledby="chat-title" tabindex="-1">
          <div class="chat-card__header"><h2 id="chat-title">${t('home.chatHeading')}</h2></div>
          <p class="privacy">${warningIcon(assets.warningIcon.url)}<strong>${t('privacy.short')}</strong></p>
          ${chatHost(context)}
        </section>
        <div>
          ${tips(context)} ${contact(context)}
          <p class="privacy-more">${t('privacy.long')}</p>
        </div>
      </div>
    </div>
  </main>`;
  return layout(context, { title: t('meta.title'), path: '/', main, scripts: chatScripts(context) });
}

/** The chat alone, for the embed widget's iframe (and a full-window chat). */
export function chatPage(context: PageContext, embedded: boolean): string {
  const { t, lang } = context;
  const statement = withLang('/accessibilite', lang);
  const main = html`<main id="content">
    <h1 class="visually-hidden">${t('meta.chatTitle')}</h1>
    <p class="privacy">
      <strong>${t('privacy.short')}</strong>
      <a href="${statement}" ${embedded ? html` target="_blank" rel="noopener"` : ''}>${t('footer.accessibility')}</a>
    </p>
    ${chatHost(context)}
  </main>`;
  const path = embedded ? '/chat?embed=1' : '/chat';
  return layout(context, { title: t('meta.chatTitle'), path, main, bare: true, scripts: chatScripts(context) });
}

export function accessibilityPage(context: PageContext): string {
  const { t, lang, contactUrl } = context;
  const limits = t('accessibility.limits', { returnObjects: true }) as string[];
  const main = html`<main id="content" tabindex="-1">
    <div class="container">
      <div class="prose">
        <h1>${t('accessibility.title')}</h1>
        <p>${t('accessibility.scope')}</p>
        <h2>${t('accessibility.statusHeading')}</h2>
        <p>${t('accessibility.status')}</p>
        <h2>${t('accessibility.testsHeading')}</h2>
        <p>${t('accessibility.tests')}</p>
        <h2>${t('accessibility.limitsHeading')}</h2>
        <ul>
          ${limits.map((item) => html`<li>${item}</li>`)}
        </ul>
        <h2>${t('accessibility.contactHeading')}</h2>
        <p>${t('accessibility.contact')}</p>
        <p><a href="${contactUrl}">${t('accessibility.contactLink')}</a></p>
        <h2>${t('accessibility.remedyHeading')}</h2>
        <p>${t('accessibility.remedy')}</p>
        <p><a href="${RIGHTS_DEFENDER_URL}" hreflang="fr">${t('accessibility.remedyLink')}</a></p>
        <p>${t('accessibility.date')}</p>
        <p><a href="${withLang('/', lang)}">${t('accessibility.back')}</a></p>
      </div>
    </div>
  </main>`;
  return layout(context, { title: t('meta.accessibilityTitle'), path: '/accessibilite', main });
}
