/*
 * What the tab keeps to resume its conversation: sessionStorage (no cookie; per tab and origin, erased with the tab)
 * holds under STORAGE_KEY
 *   { conversationId, token, watermark, domain, webSocket, lang, asked }
 * the token being the latest one DirectLineJS holds (it refreshes it every 15 minutes), the watermark the last
 * position this tab received, lang the language the conversation was last in and asked the language the last page
 * was asked for (its ?lang=, the embedding site's data-lang). chat-session.js reads and writes it.
 */
(function (exports) {
  'use strict';

  var STORAGE_KEY = 'faq-sante-bot:conversation';

  function isSaved(value) {
    return (
      Boolean(value) &&
      typeof value.conversationId === 'string' &&
      typeof value.token === 'string' &&
      typeof value.domain === 'string' &&
      typeof value.webSocket === 'boolean' &&
      (value.lang === 'fr' || value.lang === 'en')
    );
  }

  /** sessionStorage, or null where the browser refuses it (storage disabled, some private modes, some frames). */
  function sessionStorageOf(win) {
    try {
      var storage = win.sessionStorage;
      storage.getItem(STORAGE_KEY);
      return storage;
    } catch (error) {
      return null;
    }
  }

  /**
   * The tab's record: read() gives the saved conversation when there is a well-formed one; write() and forget()
   * never throw (a full or refused storage costs the resume only).
   */
  function tabStore(win) {
    var storage = sessionStorageOf(win);
    return {
      read: function () {
        try {
          var value = storage && JSON.parse(storage.getItem(STORAGE_KEY) || 'null');
          return isSaved(value) ? value : undefined;
        } catch (error) {
          return undefined;
        }
      },
      write: function (value) {
        try {
          if (storage) storage.setItem(STORAGE_KEY, JSON.stringify(value));
        } catch (error) {
          // The next page starts a new conversation.
        }
      },
      forget: function () {
        if (storage) storage.removeItem(STORAGE_KEY);
      }
    };
  }

  exports.STORAGE_KEY = STORAGE_KEY;
  exports.tabStore = tabStore;
})(
  typeof module === 'object' && module.exports
    ? module.exports
    : ((window.FaqSante = window.FaqSante || {}).savedConversation = {})
);
