/*
 * The page's Direct Line connection, in one place: a new conversation from the page's token endpoint, or the one
 * this tab already had, resumed from what it saved (saved-conversation.js: a reload, the language link, another page
 * of a site embedding the chat). Nothing else in the page creates a Direct Line or knows where it is.
 */
(function (exports) {
  'use strict';

  /**
   * A resumed conversation replays from its start: the reloaded page has nothing on screen. Direct Line replays from
   * the watermark it is given ("0": everything it still keeps); without one, Azure's stream would send only what
   * comes next.
   */
  var FROM_START = '0';

  /** What to save of a live DirectLineJS connection (its token and watermark change as it runs). */
  function snapshot(directLine, base) {
    return {
      conversationId: directLine.conversationId || base.conversationId,
      token: directLine.token || base.token,
      watermark: directLine.watermark || base.watermark || '',
      domain: base.domain,
      webSocket: base.webSocket,
      lang: base.lang,
      asked: base.asked
    };
  }

  /**
   * Asks Direct Line whether the saved conversation still exists for this token (the reconnect call DirectLineJS
   * then makes again, which also starts its token refreshes): the saved record with a fresh token, or undefined when
   * the conversation is gone (expired, or the server has another key), so that the page starts a new one instead of
   * showing a chat that fails.
   */
  function reconnect(fetchImpl, saved) {
    var url = saved.domain + '/conversations/' + encodeURIComponent(saved.conversationId) + '?watermark=' + FROM_START;
    var headers = { Accept: 'application/json', Authorization: 'Bearer ' + saved.token };
    return fetchImpl(url, { method: 'GET', headers: headers })
      .then(function (response) {
        return response.ok ? response.json() : undefined;
      })
      .then(function (body) {
        if (!body) return undefined;
        return Object.assign({}, saved, { token: typeof body.token === 'string' ? body.token : saved.token });
      })
      .catch(function () {
        return undefined;
      });
  }

  function newSession(deps, options) {
    return fetchSession(deps.fetch, options.tokenUrl).then(function (session) {
      var domain = new URL(session.domain, deps.baseUrl).href;
      return { token: session.token, domain: domain, webSocket: Boolean(session.webSocket), lang: options.lang };
    });
  }

  function fetchSession(fetchImpl, tokenUrl) {
    return fetchImpl(tokenUrl, { method: 'POST', credentials: 'same-origin' }).then(function (response) {
      if (response.status === 429) throw new Error('busy');
      if (!response.ok) throw new Error('unavailable');
      return response.json();
    });
  }

  function connection(deps, base, saved, asked) {
    // No userID: Web Chat reads it from the token's `user` claim (both the local and Azure tokens carry it).
    var directLine = deps.createDirectLine({
      domain: base.domain,
      token: base.token,
      conversationId: saved ? saved.conversationId : undefined,
      watermark: saved ? FROM_START : undefined,
      webSocket: base.webSocket
    });
    var state = snapshot(directLine, Object.assign({}, base, { asked: asked }));
    return {
      directLine: directLine,
      resumed: Boolean(saved),
      saved: saved,
      domain: base.domain,
      webSocket: base.webSocket,
      lang: base.lang,
      remember: function (changes) {
        state = snapshot(directLine, state);
        Object.keys(changes || {}).forEach(function (name) {
          state[name] = changes[name];
        });
        if (state.conversationId) deps.store.write(state);
      },
      forget: function () {
        deps.store.forget();
      }
    };
  }

  /**
   * A connection: `deps` = { createDirectLine, fetch, store (the tab's record), baseUrl }; `options` = { tokenUrl,
   * lang, fresh }
   * (`lang`: the language the page was asked for; `fresh`: ignore what the tab saved, as « Recommencer » does). Resolves to { directLine, resumed, saved, domain,
   * webSocket, lang, remember(changes), forget() }: `lang` is the conversation's language as last seen, `saved` what
   * was saved before this page (resumed only). Rejects with "busy" or "unavailable" when no token is to be had.
   */
  function open(deps, options) {
    var found = options.fresh ? undefined : deps.store.read();
    var resuming = found ? reconnect(deps.fetch, found) : Promise.resolve(undefined);
    return resuming.then(function (saved) {
      var base = saved ? Promise.resolve(saved) : newSession(deps, options);
      return base.then(function (ready) {
        return connection(deps, ready, saved, options.lang);
      });
    });
  }

  exports.open = open;
})(
  typeof module === 'object' && module.exports
    ? module.exports
    : ((window.FaqSante = window.FaqSante || {}).chatSession = {})
);
