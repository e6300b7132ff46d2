import { chatHost, chatScripts, closeButton, privacyLine, restartButton } from './chat-host';
import { html, type SafeHtml } from './html';
import { layout, withLang, type PageContext } from './layout';

export { accessibilityPage } from './accessibility-page';

const warningIcon = (url: string): SafeHtml => html`<img class="privacy__icon" src="${url}" alt="" />`;

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

/** The chat card of the help page: its heading bar (with « Recommencer »), the privacy line, Web Chat. */
function chatCard(context: PageContext): SafeHtml {
  const { t, assets } = context;
  return html`<section id="chat" class="chat-card" aria-labelledby="chat-title" tabindex="-1">
    <div class="chat-card__header" data-swap="chat-header">
      <h2 id="chat-title">${t('home.chatHeading')}</h2>
      ${restartButton(context)}
    </div>
    <div data-swap="chat-privacy">${privacyLine(context, warningIcon(assets.warningIcon.url))}</div>
    ${chatHost(context)}
  </section>`;
}

export function homePage(context: PageContext): string {
  const { t } = context;
  const main = html`<main id="content" tabindex="-1">
    <div class="container">
      <div class="intro" data-swap="intro">
        <h1>${t('home.title')}</h1>
        <p class="lead">${t('home.intro')}</p>
        <p>${t('home.introHow')}</p>
      </div>
      <div class="layout">
        ${chatCard(context)}
        <div data-swap="aside">
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
  const newTab = embedded ? html` target="_blank" rel="noopener"` : '';
  const main = html`<main id="content">
    <div class="chat-bar" data-swap="chat-bar">
      <h1 class="visually-hidden">${t('meta.chatTitle')}</h1>
      ${privacyLine(context)}
      <a class="chat-bar__statement" href="${statement}" ${newTab}>${t('footer.accessibility')}</a>
      <div class="chat-bar__actions">${restartButton(context)} ${embedded ? closeButton(context) : ''}</div>
    </div>
    ${chatHost(context)}
  </main>`;
  const path = embedded ? '/chat?embed=1' : '/chat';
  return layout(context, { title: t('meta.chatTitle'), path, main, bare: true, scripts: chatScripts(context) });
}
