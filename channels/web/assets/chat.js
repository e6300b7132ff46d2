/*
 * Starts Web Chat in #webchat. Served as a file (not inline) so the page's Content-Security-Policy can forbid inline
 * scripts. Settings come from the container's data-* attributes, written and escaped by the server.
 */
(function () {
  'use strict';

  var host = document.getElementById('webchat');
  if (!host || !window.WebChat) return;
  var settings = host.dataset;

  var ACCENT = '#000091';
  /** Read by the bot (bots/web/join.ts) as the start of the conversation, in `value.language`. */
  var JOIN_EVENT = 'webchat/join';
  var styleOptions = {
    // Bot answers are markdown; raw HTML in them (or echoed from the user) must never render.
    markdownRenderHTML: false,
    hideUploadButton: true,
    accent: ACCENT,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontSizeSmall: '80%',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f0f0f6',
    bubbleBorderColor: '#f0f0f6',
    bubbleBorderRadius: 8,
    bubbleNubSize: 0,
    bubbleTextColor: '#161616',
    bubbleMaxWidth: 560,
    bubbleFromUserBackground: ACCENT,
    bubbleFromUserBorderColor: ACCENT,
    bubbleFromUserBorderRadius: 8,
    bubbleFromUserNubSize: 0,
    bubbleFromUserTextColor: '#ffffff',
    botAvatarInitials: 'FS',
    botAvatarBackgroundColor: ACCENT,
    suggestedActionLayout: 'flow',
    // Lets buttons grow in height; site.css lets their text wrap (questions offered as buttons are long).
    suggestedActionsStackedLayoutButtonTextWrap: true,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: ACCENT,
    suggestedActionBorderRadius: 4,
    suggestedActionBorderWidth: 1,
    suggestedActionTextColor: ACCENT,
    suggestedActionBackgroundColorOnHover: '#e3e3fd',
    suggestedActionBackgroundColorOnActive: '#cacafb',
    sendBoxButtonColor: ACCENT,
    sendBoxBorderTop: 'solid 1px #929292',
    sendBoxHeight: 48,
    timestampColor: '#595959',
    subtle: '#595959',
    transitionDuration: '0s'
  };

  function showStatus(message) {
    host.textContent = '';
    var paragraph = document.createElement('p');
    paragraph.className = 'webchat-status webchat-status--error';
    paragraph.setAttribute('role', 'alert');
    paragraph.textContent = message;
    host.appendChild(paragraph);
  }

  function requestSession() {
    return fetch(settings.tokenUrl, { method: 'POST', credentials: 'same-origin' }).then(function (response) {
      if (response.status === 429) throw new Error('busy');
      if (!response.ok) throw new Error('unavailable');
      return response.json();
    });
  }

  /** Focuses the send box, waiting (up to 10 s) for Web Chat to render it if need be. */
  function focusSendBox(attempt) {
    var input = host.querySelector('.webchat__send-box-text-box__input');
    if (input) input.focus();
    else if ((attempt || 0) < 100) setTimeout(focusSendBox, 100, (attempt || 0) + 1);
  }

  /**
   * The server's own Direct Line (same origin as this page) starts the conversation itself, in the page's language.
   * Azure's Direct Line does not: there the page announces itself once connected.
   */
  function startsConversationItself(domain) {
    return new URL(domain).origin === window.location.origin;
  }

  /** A Web Chat store that posts the `webchat/join` event, with the page's language, once Direct Line is connected. */
  function joinAnnouncingStore(language) {
    return window.WebChat.createStore({}, function (store) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            var join = { name: JOIN_EVENT, value: { language: language } };
            store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: join });
          }
          return next(action);
        };
      };
    });
  }

  function start(session) {
    host.textContent = '';
    var domain = new URL(session.domain, window.location.href).href;
    var options = {
      // No userID: Web Chat reads it from the token's `user` claim (both the local and Azure tokens carry it).
      directLine: window.WebChat.createDirectLine({
        domain: domain,
        token: session.token,
        webSocket: Boolean(session.webSocket)
      }),
      locale: settings.locale,
      styleOptions: styleOptions,
      nonce: settings.nonce
    };
    if (!startsConversationItself(domain)) options.store = joinAnnouncingStore(settings.lang);
    window.WebChat.renderWebChat(options, host);
  }

  // The embedding page asks for focus when its panel opens, so keyboard users land in the send box.
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.type === 'faq-sante:focus') focusSendBox(0);
  });

  requestSession()
    .then(start)
    .catch(function (error) {
      showStatus(error && error.message === 'busy' ? settings.msgBusy : settings.msgUnavailable);
    });
})();
