/*
 * What the page adds around Web Chat's own element (which React manages): a status in place of the chat, the
 * connection-lost notice below it, the lost-history note above it; and what it does to Web Chat's send box.
 * Each function takes the chat container (#webchat), which « Recommencer » replaces.
 */
(function (exports) {
  'use strict';

  var SEND_BOX = '.webchat__send-box-text-box__input';

  function line(tag, className, role, text) {
    var element = document.createElement(tag);
    element.className = className;
    if (role) element.setAttribute('role', role);
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /** Replaces the chat with an error line (no Direct Line token: busy, unavailable). */
  function showStatus(host, message) {
    host.textContent = '';
    host.appendChild(line('p', 'webchat-status webchat-status--error', 'alert', message));
  }

  /**
   * Tells the user the chat no longer works (the server refused the token: expired during a long sleep, or signed
   * with a key the server no longer has; or it stayed unreachable), with a button for a new conversation.
   */
  function connectionLost(host, onRestart) {
    var notice = line('div', 'webchat-notice', 'alert');
    notice.appendChild(line('p', 'webchat-notice__text', '', host.dataset.msgConnectionLost));
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'webchat-notice__button';
    button.textContent = host.dataset.msgRestart;
    button.addEventListener('click', onRestart);
    notice.appendChild(button);
    host.parentNode.insertBefore(notice, host.nextSibling);
    return notice;
  }

  /** Above the chat: why a resumed conversation shows nothing of what was said before. */
  function historyLost(host) {
    var note = line('p', 'webchat-history-note', 'status', host.dataset.msgHistoryLost);
    host.parentNode.insertBefore(note, host);
    return note;
  }

  /** After a language switch: the notice and the note in the container's new language. */
  function relabel(host, element) {
    if (!element) return;
    if (element.className === 'webchat-history-note') element.textContent = host.dataset.msgHistoryLost;
    var text = element.querySelector('.webchat-notice__text');
    var button = element.querySelector('.webchat-notice__button');
    if (text) text.textContent = host.dataset.msgConnectionLost;
    if (button) button.textContent = host.dataset.msgRestart;
  }

  function remove(element) {
    if (element && element.parentNode) element.parentNode.removeChild(element);
  }

  /** Focuses the send box, waiting (up to 10 s) for Web Chat to render it if need be. */
  function focusSendBox(host, attempt) {
    var input = host.querySelector(SEND_BOX);
    if (input) input.focus();
    else if ((attempt || 0) < 100) setTimeout(focusSendBox, 100, host, (attempt || 0) + 1);
  }

  /** Web Chat renders (and may re-render) its send box itself: give each one the length limit. */
  function limitSendBox(host, maxLength) {
    if (!maxLength || !window.MutationObserver) return;
    var apply = function () {
      var input = host.querySelector(SEND_BOX);
      if (input && input.maxLength !== maxLength) input.maxLength = maxLength;
    };
    new window.MutationObserver(apply).observe(host, { childList: true, subtree: true });
    apply();
  }

  /**
   * Web Chat scrolls to the end when the send box sends, not when a suggested action does: after a long answer
   * left at its first line, the user's click and its reply must still come into view.
   */
  function scrollToEnd(host) {
    var scroller = host.querySelector('.webchat__basic-transcript__scrollable');
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
  }

  exports.showStatus = showStatus;
  exports.connectionLost = connectionLost;
  exports.historyLost = historyLost;
  exports.relabel = relabel;
  exports.remove = remove;
  exports.focusSendBox = focusSendBox;
  exports.limitSendBox = limitSendBox;
  exports.scrollToEnd = scrollToEnd;
})(
  typeof module === 'object' && module.exports
    ? module.exports
    : ((window.FaqSante = window.FaqSante || {}).chatLines = {})
);
