/*
 * Starts Web Chat in #webchat. Served as a file (not inline) so the page's Content-Security-Policy can forbid inline
 * scripts. Settings come from the container's data-* attributes, written and escaped by the server.
 */
(function () {
  'use strict';

  var host = document.getElementById('webchat');
  var connectionWatch = window.FaqSanteConnectionWatch;
  if (!host || !window.WebChat || !connectionWatch) return;
  var settings = host.dataset;
  /** Characters the send box takes: a long paste is cut there rather than refused by the server (413). */
  var maxLength = Number(settings.maxLength) || 0;

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
    transitionDuration: '0s',
    // Honoured by Web Chat's Fluent send box only; the classic one gets its maxlength from limitSendBox.
    maxMessageLength: maxLength
  };

  /** The Web Chat on screen: its Direct Line, and whether it was replaced (its end is then no news). */
  var current = null;
  var notice = null;

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

  /** Web Chat renders (and may re-render) its send box itself: give each one the length limit. */
  function limitSendBox(container) {
    if (!maxLength || !window.MutationObserver) return;
    var apply = function () {
      var input = container.querySelector('.webchat__send-box-text-box__input');
      if (input && input.maxLength !== maxLength) input.maxLength = maxLength;
    };
    new window.MutationObserver(apply).observe(container, { childList: true, subtree: true });
    apply();
  }

  /**
   * The server's own Direct Line (same origin as this page) starts the conversation itself, in the page's language.
   * Azure's Direct Line does not: there the page announces itself once connected.
   */
  function startsConversationItself(domain) {
    return new URL(domain).origin === window.location.origin;
  }

  /**
   * Tells the user the chat no longer works (the server refused the token: expired during a long sleep, or signed
   * with a key the server no longer has; or it stayed unreachable) and offers a new conversation. Outside Web Chat's
   * own element, which React manages.
   */
  function showConnectionLost(connection) {
    if (notice || connection.replaced) return;
    notice = document.createElement('div');
    notice.className = 'webchat-notice';
    notice.setAttribute('role', 'alert');
    var text = document.createElement('p');
    text.className = 'webchat-notice__text';
    text.textContent = settings.msgConnectionLost;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'webchat-notice__button';
    button.textContent = settings.msgRestart;
    button.addEventListener('click', restart);
    notice.appendChild(text);
    notice.appendChild(button);
    host.parentNode.insertBefore(notice, host.nextSibling);
  }

  /** A new conversation (new token) in a fresh container: the old Web Chat is ended and left behind. */
  function restart() {
    if (current) {
      current.replaced = true;
      current.directLine.end();
    }
    var fresh = host.cloneNode(false);
    host.parentNode.replaceChild(fresh, host);
    host = fresh;
    if (notice) notice.parentNode.removeChild(notice);
    notice = null;
    begin().then(function () {
      focusSendBox(0);
    });
  }

  /**
   * A Web Chat store that watches the connection and, for Azure's Direct Line, posts the `webchat/join` event with
   * the page's language once connected.
   */
  function createStore(connection, announce) {
    return window.WebChat.createStore({}, function (store) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && announce) {
            var join = { name: JOIN_EVENT, value: { language: settings.lang } };
            store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: join });
          }
          if (connectionWatch.isLost(action)) showConnectionLost(connection);
          return next(action);
        };
      };
    });
  }

  function start(session) {
    host.textContent = '';
    var domain = new URL(session.domain, window.location.href).href;
    // No userID: Web Chat reads it from the token's `user` claim (both the local and Azure tokens carry it).
    var directLine = window.WebChat.createDirectLine({
      domain: domain,
      token: session.token,
      webSocket: Boolean(session.webSocket)
    });
    var connection = { directLine: directLine, replaced: false };
    current = connection;
    if (!session.webSocket) {
      connectionWatch.keepPolling(directLine, function () {
        showConnectionLost(connection);
      });
    }
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: createStore(connection, !startsConversationItself(domain)),
        locale: settings.locale,
        styleOptions: styleOptions,
        nonce: settings.nonce
      },
      host
    );
    limitSendBox(host);
  }

  function begin() {
    return requestSession()
      .then(start)
      .catch(function (error) {
        showStatus(error && error.message === 'busy' ? settings.msgBusy : settings.msgUnavailable);
      });
  }

  // The embedding page asks for focus when its panel opens, so keyboard users land in the send box.
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.type === 'faq-sante:focus') focusSendBox(0);
  });

  begin();
})();
