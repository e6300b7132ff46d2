/*
 * What the chat page does when things happen: in Web Chat (its store's actions) and in the page (clicks, keys,
 * messages from an embedding site, the tab being left).
 */
(function (exports) {
  'use strict';

  /** Read by the bot (bots/web/join.ts) as the start of the conversation, in `value.language`. */
  var JOIN_EVENT = 'webchat/join';
  var CONNECTED = 2;

  /**
   * The server's own Direct Line (same origin as this page) starts the conversation itself, in the page's language.
   * Azure's Direct Line does not: there the page announces itself once connected.
   */
  function startsConversationItself(chat) {
    return new URL(chat.connection.domain).origin === chat.env.origin;
  }

  function onConnected(chat, store, handlers) {
    chat.online = true;
    chat.connection.remember();
    if (!chat.connection.resumed && !startsConversationItself(chat)) {
      var join = { name: JOIN_EVENT, value: { language: handlers.pageLanguage() } };
      store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: join });
    }
    if (chat.connection.resumed) agreeOnLanguage(chat, handlers);
  }

  /**
   * A resumed conversation and its new page may be in two languages. A page asked for another language than the
   * last one (the other language's address, an embedding site's page in its other language) tells the bot; a page
   * asked for the same one follows the conversation, whose language the user chose in the chat since.
   */
  function agreeOnLanguage(chat, handlers) {
    var connection = chat.connection;
    var asked = handlers.pageLanguage();
    if (connection.lang === asked) return;
    var askedBefore = connection.saved.asked || connection.saved.lang;
    if (asked !== askedBefore) chat.tellLanguage();
    else handlers.followLanguage(connection.lang);
  }

  /**
   * A bot message says its language (`locale`, bots/reply-locale.ts). The conversation is in it from then on; when
   * it answers a message sent from this page in another language than the page's ("English" typed in the chat),
   * the page follows. Replayed history is not followed: its replies answer messages of earlier pages.
   */
  function onActivity(chat, activity, handlers) {
    var data = activity.channelData || {};
    if (activity.from && activity.from.role === 'user' && chat.sentIds[data.clientActivityID]) {
      chat.ownIds[activity.id] = true;
    }
    var fromBot = activity.type === 'message' && activity.from && activity.from.role === 'bot';
    var lang = fromBot && chat.env.languageOf(activity.locale);
    if (lang) chat.connection.lang = lang;
    chat.connection.remember(lang ? { lang: lang } : undefined);
    if (lang && chat.ownIds[activity.replyToId] && lang !== handlers.pageLanguage()) handlers.followLanguage(lang);
  }

  function observe(chat, store, action, handlers) {
    var payload = action.payload || {};
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') onConnected(chat, store, handlers);
    // Web Chat gives an outgoing activity its client id after DIRECT_LINE/POST_ACTIVITY, in the pending one's meta.
    if (action.type === 'DIRECT_LINE/POST_ACTIVITY_PENDING' && action.meta && action.meta.clientActivityID) {
      chat.sentIds[action.meta.clientActivityID] = true;
      if (payload.activity && payload.activity.type === 'message') handlers.userSent();
    }
    if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && payload.activity) {
      onActivity(chat, payload.activity, handlers);
    }
    if (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS' && payload.connectionStatus === CONNECTED) {
      chat.online = true;
    }
    if (!chat.env.isLost(action) || chat.replaced) return;
    if (chat.connection.resumed && !chat.online) handlers.resumeFailed(chat);
    else handlers.connectionLost(chat);
  }

  /**
   * One Web Chat's state: its connection, its store, whether it was replaced (its end is then no news) or ever
   * online, and the messages this page sent (by client id, then by the id the server gave their echo).
   * `handlers`: what to do (see chat.js); `env` = { origin, languageOf(locale), isLost(action) }.
   */
  function createChat(WebChat, connection, handlers, env) {
    var chat = { connection: connection, env: env, replaced: false, online: false, sentIds: {}, ownIds: {} };
    chat.store = WebChat.createStore({}, function (store) {
      return function (next) {
        return function (action) {
          var result = next(action);
          observe(chat, store, action, handlers);
          return result;
        };
      };
    });
    /** Says the page's language to the bot the way a user would: its command word (« Français », "English"). */
    chat.tellLanguage = function () {
      var message = { text: handlers.languageCommand(), method: 'code' };
      chat.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: message });
    };
    return chat;
  }

  function onClick(actions, event) {
    var target = event.target && event.target.closest ? event.target : null;
    if (target && target.closest('[data-chat-restart]')) return actions.restart();
    if (target && target.closest('[data-chat-close]')) return actions.close();
    var link = target && target.closest('a.lang-switch[hreflang]');
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
    var switching = actions.switchLanguage(link.getAttribute('hreflang'));
    if (!switching) return undefined;
    event.preventDefault();
    switching.catch(function () {
      window.location.href = link.href;
    });
  }

  /**
   * `actions` = { restart, close (the embedding site's panel), switchLanguage(lang) → promise or undefined (then the
   * link navigates), focusSendBox, save }.
   */
  function listen(win, actions) {
    var embedded = win.parent !== win;
    win.document.addEventListener('click', function (event) {
      onClick(actions, event);
    });
    // The embedding page asks for focus when its panel opens, so keyboard users land in the send box.
    win.addEventListener('message', function (event) {
      if (event.source === win.parent && event.data && event.data.type === 'faq-sante:focus') actions.focusSendBox();
    });
    // Escape that Web Chat did not use itself (it takes the one that leaves a message or the buttons) closes the
    // embedding site's panel.
    win.addEventListener('keydown', function (event) {
      if (embedded && event.key === 'Escape' && !event.defaultPrevented) actions.close();
    });
    win.addEventListener('pagehide', actions.save);
    win.document.addEventListener('visibilitychange', actions.save);
  }

  exports.createChat = createChat;
  exports.listen = listen;
})(
  typeof module === 'object' && module.exports
    ? module.exports
    : ((window.FaqSante = window.FaqSante || {}).chatEvents = {})
);
