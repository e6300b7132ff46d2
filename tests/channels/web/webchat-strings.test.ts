import { webChatTexts } from '../../../channels/web/webchat-strings';

describe('the Web Chat strings the page replaces', () => {
  const french = webChatTexts('fr');
  const english = webChatTexts('en');

  it('give Web Chat’s French its typography: apostrophes, ellipses, no-break spaces', () => {
    expect(french.strings.ACTIVITY_STATUS_TIMESTAMP_JUST_NOW).toBe('À l’instant');
    expect(french.strings.ACTIVITY_STATUS_SEND_FAILED_RETRY).toBe('Échec de l’envoi. [Réessayez][RETRY].');
    expect(french.strings.CONNECTIVITY_STATUS_ALT_CONNECTING).toBe('Connexion en cours…');
    for (const text of Object.values(french.strings)) {
      expect(text).not.toMatch(/\p{L}'\p{L}|\.\.\.| [:;?!]/u);
    }
  });

  it('name the bot, not its avatar’s initials, in what screen readers hear', () => {
    expect(french.strings.ACTIVITY_BOT_SAID_ALT).toBe('FAQ Santé a dit\u00a0:');
    expect(english.strings.ACTIVITY_BOT_SAID_ALT).toBe('FAQ Santé said:');
    for (const texts of [french, english]) expect(texts.strings.ACTIVITY_BOT_SAID_ALT).not.toContain('$1');
  });

  it('say when a message was sent with the page’s own date ("Envoyé le …", "Sent on …")', () => {
    expect(french.strings.ACTIVITY_STATUS_SEND_STATUS_ALT_SENT_AT).toBe('Envoyé $1');
    expect(french.date).toEqual({
      locale: 'fr-FR',
      pattern: 'le {day}\u00a0{month} à {hour}\u00a0h\u00a0{minute}',
      firstDay: '1er',
    });
    expect(english.strings.ACTIVITY_STATUS_SEND_STATUS_ALT_SENT_AT).toBe('Sent $1');
    const pattern = 'on {month} {day} at {hour}:{minute} {dayPeriod}';
    expect(english.date).toEqual({ locale: 'en-US', pattern, firstDay: '1' });
  });

  it('leave Web Chat’s English as it is, apart from the bot’s name and the date', () => {
    expect(Object.keys(english.strings).sort()).toEqual(
      ['ACTIVITY_BOT_SAID_ALT', 'ACTIVITY_STATUS_SEND_STATUS_ALT_SENT_AT', 'ACTIVITY_YOU_SAID_ALT'].sort(),
    );
  });
});
