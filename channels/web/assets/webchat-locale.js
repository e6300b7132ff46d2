/*
 * Web Chat in the page's language: the strings the server gives (channels/web/webchat-strings.ts) and the dates and
 * times Web Chat shows and reads out, written here. Web Chat formats dates with a 12-hour skeleton whatever the
 * language (« 3 décembre à 1:15 PM »); its `GLOBALIZE` string override lets a page bring its own formatter, which
 * this one builds on the browser's Intl. Pure functions: the tests run them in Node.
 */
(function (exports) {
  'use strict';

  var PARTS = ['day', 'month', 'hour', 'minute', 'dayPeriod'];

  function capitalise(text) {
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  }

  /**
   * « le 3 décembre à 13 h 15 », "on December 3 at 1:15 PM": `format` is a DateFormat (locale, pattern, firstDay);
   * `timeZone` is the browser's own unless given (tests).
   */
  function formatDate(date, format, timeZone) {
    var english = /^en\b/i.test(format.locale);
    var formatter = new Intl.DateTimeFormat(format.locale, {
      day: 'numeric',
      month: 'long',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: english ? 'h12' : 'h23',
      timeZone: timeZone
    });
    var values = {};
    formatter.formatToParts(date).forEach(function (part) {
      if (PARTS.indexOf(part.type) >= 0) values[part.type] = part.value;
    });
    if (values.day === '1' && format.firstDay) values.day = format.firstDay;
    return format.pattern.replace(/\{(\w+)\}/g, function (_match, name) {
      return values[name] || '';
    }).trim();
  }

  /**
   * The part of Globalize that Web Chat 4.18 calls (dateFormatter, relativeTimeFormatter, plural, unitFormatter),
   * on Intl, in the chat's language.
   */
  function createGlobalize(format, timeZone) {
    var locale = format.locale;
    var plurals = new Intl.PluralRules(locale);
    var relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
    return {
      dateFormatter: function () {
        return function (date) {
          return formatDate(new Date(date), format, timeZone);
        };
      },
      relativeTimeFormatter: function (unit) {
        return function (value) {
          return capitalise(relative.format(value, unit));
        };
      },
      plural: function (value) {
        return plurals.select(value);
      },
      unitFormatter: function (unit, options) {
        var display = options && options.form === 'long' ? 'long' : 'short';
        var number = new Intl.NumberFormat(locale, { style: 'unit', unit: unit, unitDisplay: display });
        return function (value) {
          return number.format(value);
        };
      }
    };
  }

  /** Web Chat's `overrideLocalizedStrings`: its strings, the page's replacements, and the page's date formatter. */
  function localizedStrings(texts, timeZone) {
    var globalize = createGlobalize(texts.date, timeZone);
    return function (strings) {
      var merged = {};
      [strings, texts.strings].forEach(function (source) {
        Object.keys(source || {}).forEach(function (id) {
          merged[id] = source[id];
        });
      });
      merged.GLOBALIZE = globalize;
      return merged;
    };
  }

  /** 'fr' for « fr-FR », 'en' for « en-US »; undefined for anything else. */
  function languageOf(locale) {
    var primary = String(locale || '').toLowerCase().split(/[-_]/)[0];
    return primary === 'fr' || primary === 'en' ? primary : undefined;
  }

  exports.formatDate = formatDate;
  exports.createGlobalize = createGlobalize;
  exports.localizedStrings = localizedStrings;
  exports.languageOf = languageOf;
})(
  typeof module === 'object' && module.exports
    ? module.exports
    : ((window.FaqSante = window.FaqSante || {}).webChatLocale = {})
);
