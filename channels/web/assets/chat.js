/*
 * Starts Web Chat in #webchat. Served as a file (not inline) so the page's Content-Security-Policy can forbid inline
 * scripts. Settings come from the container's data-* attributes, written and escaped by the server (and replaced
 * by page-language.js when the page changes language). The connection itself is chat-session.js's business.
 */
(function () {
  'use strict';

  var ns = window.FaqSante || {};
  var host = document.getElementById('webchat');
  var PARTS = 'connectionWatch savedConversation chatSession webChatLocale chatView chatLines pageLanguage chatEvents';
  var missing = PARTS.split(' ').some(function (name) {
    return !ns[name];
  });
  if (!host || !window.WebChat || missing) return;
  var WebChat = window.WebChat;
  var lines = ns.chatLines;
  var store = ns.savedConversation.tabStore(window);
  /** Characters the send box takes: a long paste is cut there rather than refused by the server (413). */
  var maxLength = Number(host.dataset.maxLength) || 0;
  var styleOptions = ns.chatView.styleOptions(maxLength);
  var activityMiddleware = ns.chatView.languageMiddleware(ns.webChatLocale.languageOf);

  /** The Web Chat on screen (see chat-events.js for what it holds), and the lines the page adds around it. */
  var current = null;
  var notice = null;
  var historyNote = null;

  /** Renders (or, on a language switch, re-renders) Web Chat with the container's current settings. */
  function render() {
    var settings = host.dataset;
    WebChat.renderWebChat(
      {
        directLine: current.connection.directLine,
        store: current.store,
        locale: settings.locale,
        overrideLocalizedStrings: ns.webChatLocale.localizedStrings(JSON.parse(settings.webchatTexts)),
        activityMiddleware: activityMiddleware,
        styleOptions: styleOptions,
        nonce: settings.nonce
      },
      host
    );
  }

  function showConnectionLost(chat) {
    if (notice || chat.replaced) return;
    notice = lines.connectionLost(host, function () {
      restart(true);
    });
  }

  function showHistoryLost() {
    if (!historyNote) historyNote = lines.historyLost(host);
  }

  /** A new conversation (new token) in a fresh container: the old Web Chat is ended and left behind. */
  function restart(focus) {
    if (current) {
      current.replaced = true;
      current.connection.forget();
      current.connection.directLine.end();
    }
    var fresh = host.cloneNode(false);
    host.parentNode.replaceChild(fresh, host);
    host = fresh;
    lines.remove(notice);
    lines.remove(historyNote);
    notice = null;
    historyNote = null;
    return begin(true).then(function () {
      if (focus) lines.focusSendBox(host);
    });
  }

  /**
   * Puts the page, then Web Chat, in `lang` (and tells an embedding site, whose panel follows); rejects when the page
   * could not be switched.
   */
  function switchLanguage(lang) {
    return ns.pageLanguage.switchTo(window, lang).then(function () {
      if (current) render();
      [notice, historyNote].forEach(function (line) {
        lines.relabel(host, line);
      });
      if (window.parent !== window) window.parent.postMessage({ type: 'faq-sante:language', lang: lang }, '*');
    });
  }

  var handlers = {
    connectionLost: showConnectionLost,
    // The conversation this tab saved is gone (expired, or the server has another key): start a new one.
    resumeFailed: function () {
      restart(false);
    },
    userSent: function () {
      lines.scrollToEnd(host);
    },
    followLanguage: function (lang) {
      switchLanguage(lang).catch(function () {});
    },
    pageLanguage: function () {
      return host.dataset.lang;
    },
    languageCommand: function () {
      return host.dataset.languageCommand;
    }
  };

  function start(connection) {
    host.textContent = '';
    var env = {
      origin: window.location.origin,
      languageOf: ns.webChatLocale.languageOf,
      isLost: ns.connectionWatch.isLost
    };
    var chat = ns.chatEvents.createChat(WebChat, connection, handlers, env);
    current = chat;
    ns.connectionWatch.watchPolls(connection, {
      lost: function () {
        showConnectionLost(chat);
      },
      historyLost: showHistoryLost
    });
    render();
    lines.limitSendBox(host, maxLength);
  }

  function begin(fresh) {
    var deps = {
      createDirectLine: WebChat.createDirectLine,
      fetch: window.fetch.bind(window),
      store: store,
      baseUrl: window.location.href
    };
    var options = { tokenUrl: host.dataset.tokenUrl, lang: host.dataset.lang, fresh: fresh };
    return ns.chatSession
      .open(deps, options)
      .then(start)
      .catch(function (error) {
        lines.showStatus(host, error && error.message === 'busy' ? host.dataset.msgBusy : host.dataset.msgUnavailable);
      });
  }

  ns.chatEvents.listen(window, {
    restart: function () {
      restart(true);
    },
    // Only a type goes to the embedding page, nothing of the conversation.
    close: function () {
      if (window.parent !== window) window.parent.postMessage({ type: 'faq-sante:close' }, '*');
    },
    switchLanguage: function (lang) {
      if (!current || !current.online) return undefined;
      return switchLanguage(lang).then(function () {
        current.tellLanguage();
      });
    },
    focusSendBox: function () {
      lines.focusSendBox(host);
    },
    save: function () {
      if (current && !current.replaced) current.connection.remember();
    }
  });

  begin(false);
})();
