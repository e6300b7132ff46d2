/*
 * Puts the page in another language without reloading it (the chat, a live Web Chat, stays as it is): the server
 * renders the same page in that language, and every element marked data-swap, the title, <html lang> and the chat
 * container's settings (data-*) are taken from it. The address becomes the other language's, so a reload keeps it.
 */
(function (exports) {
  'use strict';

  var FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

  /** The same address with ?lang= set (other parameters, such as embed=1, kept). */
  function addressIn(location, lang) {
    var url = new URL(location.href);
    url.searchParams.set('lang', lang);
    return url;
  }

  /** Where the focus was, inside a swapped region, as (region name, position among its focusable elements). */
  function focusPlace(doc) {
    var active = doc.activeElement;
    var region = active && active.closest && active.closest('[data-swap]');
    if (!region) return undefined;
    var index = [].indexOf.call(region.querySelectorAll(FOCUSABLE), active);
    return { name: region.getAttribute('data-swap'), index: index };
  }

  function restoreFocus(doc, place) {
    if (!place || place.index < 0) return;
    var region = doc.querySelector('[data-swap="' + place.name + '"]');
    var target = region && region.querySelectorAll(FOCUSABLE)[place.index];
    if (target) target.focus();
  }

  function copySettings(host, fresh) {
    Object.keys(fresh.dataset).forEach(function (name) {
      // The nonce belongs to this document's Content-Security-Policy, not to the fetched one.
      if (name !== 'nonce') host.dataset[name] = fresh.dataset[name];
    });
  }

  function swap(doc, fresh) {
    var place = focusPlace(doc);
    [].forEach.call(doc.querySelectorAll('[data-swap]'), function (region) {
      var replacement = fresh.querySelector('[data-swap="' + region.getAttribute('data-swap') + '"]');
      if (replacement) region.parentNode.replaceChild(doc.importNode(replacement, true), region);
    });
    doc.documentElement.lang = fresh.documentElement.lang;
    doc.title = fresh.title;
    var description = doc.querySelector('meta[name="description"]');
    var freshDescription = fresh.querySelector('meta[name="description"]');
    if (description && freshDescription) description.content = freshDescription.content;
    var host = doc.getElementById('webchat');
    var freshHost = fresh.getElementById('webchat');
    if (host && freshHost) copySettings(host, freshHost);
    restoreFocus(doc, place);
  }

  /**
   * Switches the page to `lang`; resolves once done (the chat container's data-* then hold that language's
   * settings), rejects when the page could not be fetched (the caller may then navigate instead).
   */
  function switchTo(win, lang) {
    var doc = win.document;
    if (doc.documentElement.lang === lang) return Promise.resolve();
    var address = addressIn(win.location, lang);
    return win
      .fetch(address.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) throw new Error('page ' + response.status);
        return response.text();
      })
      .then(function (text) {
        swap(doc, new win.DOMParser().parseFromString(text, 'text/html'));
        win.history.replaceState(win.history.state, '', address.pathname + address.search + address.hash);
      });
  }

  exports.addressIn = addressIn;
  exports.switchTo = switchTo;
})(
  typeof module === 'object' && module.exports
    ? module.exports
    : ((window.FaqSante = window.FaqSante || {}).pageLanguage = {})
);
