/*
 * How Web Chat looks and reads on this page: its style options, and each message wrapped in an element carrying
 * the message's own language (`lang`), so that a screen reader reads a French bubble with a French voice on a page
 * that has switched to English.
 */
(function (exports) {
  'use strict';

  var ACCENT = '#000091';
  /**
   * A React element without React: Web Chat's UMD bundle exposes no createElement, and its middleware must return
   * elements. This is the shape React 16 (the bundle's) renders; `$$typeof` is what makes it one.
   */
  var REACT_ELEMENT = typeof Symbol === 'function' && Symbol.for ? Symbol.for('react.element') : 0xeac7;

  function element(type, props) {
    return { $$typeof: REACT_ELEMENT, type: type, key: null, ref: null, props: props, _owner: null };
  }

  function styleOptions(maxLength) {
    return {
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
      // A new answer taller than the chat stops scrolling at its first line (the user reads it from the top, and
      // Web Chat shows its "new messages" button); short replies still scroll into view as usual.
      autoScrollSnapOnPage: true,
      autoScrollSnapOnPageOffset: -8,
      // Honoured by Web Chat's Fluent send box only; the classic one gets its maxlength from chat.js.
      maxMessageLength: maxLength
    };
  }

  /** Web Chat's activityMiddleware: every rendered activity inside <div lang="…"> when its locale says one. */
  function languageMiddleware(languageOf) {
    return function () {
      return function (next) {
        return function (options) {
          var render = next(options);
          var lang = languageOf(options && options.activity && options.activity.locale);
          if (!render || !lang) return render;
          return function () {
            var children = render.apply(null, arguments);
            return element('div', { lang: lang, className: 'webchat-message-lang', children: children });
          };
        };
      };
    };
  }

  exports.styleOptions = styleOptions;
  exports.languageMiddleware = languageMiddleware;
})(
  typeof module === 'object' && module.exports
    ? module.exports
    : ((window.FaqSante = window.FaqSante || {}).chatView = {})
);
