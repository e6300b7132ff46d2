import { webChatTexts } from '../../../../channels/web/webchat-strings';
import { webChatLocale, type DateFormat } from './modules';

const PARIS = 'Europe/Paris';
const { date: FR } = webChatTexts('fr');
const { date: EN } = webChatTexts('en');
/** Spaces as the tests write them (French typography puts no-break spaces in the pattern). */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('webchat-locale.js: the dates and times Web Chat shows and reads out', () => {
  it('writes French dates with a 24-hour time: « le 3 décembre à 13 h 15 », « le 1er … à 9 h 05 »', () => {
    expect(plain(webChatLocale.formatDate(new Date('2026-12-03T12:15:00Z'), FR, PARIS))).toBe(
      'le 3 décembre à 13 h 15',
    );
    expect(plain(webChatLocale.formatDate(new Date('2026-12-01T08:05:00Z'), FR, PARIS))).toBe(
      'le 1er décembre à 9 h 05',
    );
    expect(plain(webChatLocale.formatDate(new Date('2026-07-14T22:30:00Z'), FR, PARIS))).toBe(
      'le 15 juillet à 0 h 30',
    );
  });

  it('writes English dates that read well after "Sent": "on December 3 at 1:15 PM"', () => {
    expect(webChatLocale.formatDate(new Date('2026-12-03T12:15:00Z'), EN, PARIS)).toBe('on December 3 at 1:15 PM');
    expect(webChatLocale.formatDate(new Date('2026-12-01T08:05:00Z'), EN, PARIS)).toBe('on December 1 at 9:05 AM');
  });

  it('gives Web Chat a Globalize of its own: dates, relative times, plurals and sizes in the chat language', () => {
    const french = webChatLocale.createGlobalize(FR, PARIS);
    expect(plain(french.dateFormatter({ skeleton: 'MMMMdhm' })('2026-12-03T12:15:00Z'))).toBe(
      'le 3 décembre à 13 h 15',
    );
    expect(french.relativeTimeFormatter('minute')(-5)).toBe('Il y a 5 minutes');
    expect(french.plural(1)).toBe('one');
    expect(french.plural(3)).toBe('other');
    expect(plain(french.unitFormatter('kilobyte', { form: 'short' })(12))).toBe('12 ko');
    expect(webChatLocale.createGlobalize(EN).relativeTimeFormatter('hour')(-3)).toBe('3 hours ago');
  });

  it('merges the page’s strings over Web Chat’s, with its Globalize', () => {
    const format: DateFormat = { locale: 'fr-FR', pattern: '{day}', firstDay: '' };
    const merge = webChatLocale.localizedStrings({ strings: { A: 'page', C: 'nouveau' }, date: format });
    const merged = merge({ A: 'web chat', B: 'gardé' });
    expect(merged).toMatchObject({ A: 'page', B: 'gardé', C: 'nouveau' });
    expect(typeof (merged.GLOBALIZE as { dateFormatter: unknown }).dateFormatter).toBe('function');
  });

  it.each([
    ['fr-FR', 'fr'],
    ['en-US', 'en'],
    ['EN', 'en'],
    ['de-DE', undefined],
    [undefined, undefined],
  ])('reads the language of the locale %s as %s', (locale, lang) => {
    expect(webChatLocale.languageOf(locale)).toBe(lang);
  });
});
