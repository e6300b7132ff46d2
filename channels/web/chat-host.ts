import { html, type SafeHtml } from './html';
import { withLang, type PageContext } from './layout';
import { webChatTexts, WEB_CHAT_LOCALES } from './webchat-strings';

const TOKEN_PATH = '/api/directline/token';
/**
 * The send box's `maxlength`. Web Chat posts the text as JSON: at most 6 bytes per character (`\u001f`), so a
 * message this long stays within the default DIRECTLINE_MAX_ACTIVITY_BYTES, and below the local Direct Line's
 * 5,000-character cut, which remains for other clients.
 */
export const MAX_MESSAGE_LENGTH = 2000;

/**
 * The Web Chat container; the page's scripts read its data-* attributes (no inline script under the CSP), and take
 * them from the other language's page when the page switches language.
 */
export function chatHost(context: PageContext): SafeHtml {
  const { t, lang, nonce } = context;
  return html`<div
      id="webchat"
      class="webchat-host"
      data-lang="${lang}"
      data-locale="${WEB_CHAT_LOCALES[lang]}"
      data-token-url="${withLang(TOKEN_PATH, lang)}"
      data-nonce="${nonce}"
      data-webchat-texts="${JSON.stringify(webChatTexts(lang))}"
      data-language-command="${t('chat.languageCommand')}"
      data-msg-unavailable="${t('chat.unavailable')}"
      data-msg-busy="${t('chat.busy')}"
      data-msg-connection-lost="${t('chat.connectionLost')}"
      data-msg-restart="${t('chat.restart')}"
      data-msg-history-lost="${t('chat.historyLost')}"
      data-max-length="${MAX_MESSAGE_LENGTH}"
    >
      <p class="webchat-status" role="status">${t('chat.loading')}</p>
    </div>
    <noscript><p class="webchat-status">${t('chat.noscript')}</p></noscript>`;
}

/** A circular arrow; the button's name is its label (or, on short screens where only the icon shows, aria-label). */
const RESTART_ICON = html`<svg class="chat-restart__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M12 5a7 7 0 1 0 7 7h-2a5 5 0 1 1-1.46-3.54L13 11h7V4l-2.05 2.05A6.97 6.97 0 0 0 12 5z" fill="currentColor" />
</svg>`;

/**
 * « Recommencer »: a new conversation, where a reload now brings the same one back. Its accessible name contains
 * its visible label (WCAG 2.5.3).
 */
export function restartButton({ t }: PageContext): SafeHtml {
  return html`<button type="button" class="chat-restart" data-chat-restart aria-label="${t('chat.restartLabel')}">
    ${RESTART_ICON}<span class="chat-restart__label">${t('chat.restartShort')}</span>
  </button>`;
}

/**
 * The privacy line above the chat. On short screens (400 % zoom, a phone with its keyboard open) it shrinks to one
 * short sentence, so the conversation keeps the room (the full text is on the help page and in the statement).
 */
export function privacyLine({ t }: PageContext, icon?: SafeHtml): SafeHtml {
  return html`<p class="privacy">
    ${icon}<span class="privacy__text"
      ><strong
        ><span class="privacy__full">${t('privacy.short')}</span
        ><span class="privacy__compact">${t('privacy.compact')}</span></strong
      >
      <span class="privacy__storage">${t('privacy.storage')}</span></span
    >
  </p>`;
}

const CLOSE_ICON = html`<svg class="chat-restart__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z"
    fill="currentColor"
  />
</svg>`;

/**
 * In an embedding site's panel: the close button the chat shows on short windows, where the panel drops its own
 * header to leave the chat its room (the panel listens for `faq-sante:close`).
 */
export function closeButton({ t }: PageContext): SafeHtml {
  const label = t('embed.closeLabel');
  return html`<button type="button" class="chat-restart chat-close" data-chat-close aria-label="${label}">
    ${CLOSE_ICON}
  </button>`;
}

export function chatScripts({ assets }: PageContext): string[] {
  return [assets.webChat.url, ...assets.chatScripts.map((item) => item.url)];
}
