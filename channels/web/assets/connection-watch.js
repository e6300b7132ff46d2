/*
 * What the chat page needs to know about Web Chat's Direct Line connection: when it is lost for good, and how to keep
 * its polling alive while the server restarts. Loaded before chat.js, which finds it at
 * window.FaqSante.connectionWatch.
 */
(function (exports) {
  'use strict';

  /** DirectLineJS connection statuses after which a connection never sends or receives again. */
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;
  /** How long a poll that finds the server gone (restarting) is retried before the connection counts as lost. */
  var POLL_RETRY_MS = 2000;
  var POLL_RETRIES = 90;

  /**
   * Whether a Web Chat action says the connection is over: the token was refused (expired during a long sleep,
   * signed with a key the server no longer has), the connection failed, or DirectLineJS ended it.
   */
  function isLost(action) {
    if (action.type !== 'DIRECT_LINE/UPDATE_CONNECTION_STATUS') return false;
    var status = action.payload && action.payload.connectionStatus;
    return status === EXPIRED_TOKEN || status === FAILED_TO_CONNECT || status === ENDED;
  }

  function isPoll(request) {
    return Boolean(request) && request.method === 'GET' && /\/activities\?watermark=/.test(request.url);
  }

  /** No answer, or the answers of a proxy or a server that is restarting or full for a moment. */
  function isTransient(error) {
    var status = error && error.status;
    return status === 0 || status === 500 || status === 502 || status === 503 || status === 504;
  }

  /**
   * DirectLineJS stops polling for good at the first poll that fails for another reason than 403 or 404 (a server
   * restarting answers none), without changing its connection status. The server re-opens the conversation once it
   * is back (same token key), so such polls are retried for a while, then `onGiveUp` is called.
   * `services.ajax` is the request function DirectLineJS 0.15 calls for each poll (not a public API: without it,
   * nothing is retried). Its answers are rxjs 5 observables, with the operators DirectLineJS itself uses.
   */
  function keepPolling(directLine, onGiveUp) {
    var services = directLine.services;
    if (!services || typeof services.ajax !== 'function') return;
    var ajax = services.ajax;
    services.ajax = function (request) {
      var response$ = ajax(request);
      if (!isPoll(request) || typeof response$.retryWhen !== 'function') return response$;
      return response$.retryWhen(function (errors) {
        return errors
          .map(function (error, attempt) {
            if (!isTransient(error)) throw error;
            if (attempt >= POLL_RETRIES) {
              onGiveUp();
              throw error;
            }
            return error;
          })
          .delay(POLL_RETRY_MS);
      });
    };
  }

  /**
   * A resumed conversation whose first poll comes back behind the watermark this tab had saved has lost its history:
   * the server no longer has it (the local Direct Line keeps transcripts in memory, and restarted). The bot's state
   * is intact, so the conversation goes on; `onLost` is called once, to say why the chat looks empty.
   */
  function watchHistory(directLine, savedWatermark, onLost) {
    var services = directLine.services;
    var saved = Number(savedWatermark);
    if (!services || typeof services.ajax !== 'function' || !(saved > 0)) return;
    var ajax = services.ajax;
    var checked = false;
    services.ajax = function (request) {
      var response$ = ajax(request);
      if (checked || !isPoll(request) || typeof response$.map !== 'function') return response$;
      return response$.map(function (result) {
        if (!checked) {
          checked = true;
          if (Number(result && result.response && result.response.watermark) < saved) onLost();
        }
        return result;
      });
    };
  }

  /**
   * For a connection that polls (the local Direct Line today; a stream needs neither): polls retried while the
   * server restarts, then `callbacks.lost()`; for a resumed one, `callbacks.historyLost()` when the server no longer
   * has what the tab had seen.
   */
  function watchPolls(connection, callbacks) {
    if (connection.webSocket) return;
    keepPolling(connection.directLine, callbacks.lost);
    if (connection.resumed) watchHistory(connection.directLine, connection.saved.watermark, callbacks.historyLost);
  }

  exports.isLost = isLost;
  exports.watchPolls = watchPolls;
  exports.keepPolling = keepPolling;
  exports.watchHistory = watchHistory;
})(
  typeof module === 'object' && module.exports
    ? module.exports
    : ((window.FaqSante = window.FaqSante || {}).connectionWatch = {})
);
