import { ONE_LANGUAGE_KB } from '../knowledge/fixtures';
import { buttons, Conversation, plain, strings, texts, type Replies } from './harness';

const FRENCH_ONLY_TITLE = 'Les données publiques du ROR sont ouvertes depuis 2022';
const ENGLISH_ONLY_TITLE = 'How do I renew the software label?';

/** The reply showing an answer: the notice line, then the title in bold, then the answer. */
function answerText(replies: Replies, title: string): string {
  const shown = texts(replies).map(plain).find((text) => text.includes(`**${plain(title)}**`));
  if (shown === undefined) throw new Error(`no answer "${title}" in:\n${texts(replies).join('\n---\n')}`);
  return shown;
}

describe('answers written in one language only', () => {
  let conversation: Conversation;
  afterEach(() => conversation.close());

  it('gives an English user the French-only answer in French, introduced by one line in English; no date made up', async () => {
    conversation = await Conversation.start({ lang: 'en', knowledgeDir: ONE_LANGUAGE_KB });
    const menu = await conversation.join();
    // The menu shows each entry's title in English when it has one, else in its own language.
    expect(buttons(menu).map(plain)).toEqual(
      expect.arrayContaining([FRENCH_ONLY_TITLE, ENGLISH_ONLY_TITLE, 'The Ségur hospital corridor funds software upgrades']),
    );
    const shown = answerText(await conversation.send(FRENCH_ONLY_TITLE), FRENCH_ONLY_TITLE);
    const [notice, title, answer] = shown.split('\n\n');
    expect(notice).toBe(plain(strings('en')('answer.onlyIn.fr')));
    expect(notice).toBe('This answer is only available in French.');
    expect(title).toBe(`**${FRENCH_ONLY_TITLE}**`);
    expect(answer).toMatch(/^Les données publiques du ROR sont ouvertes depuis 2022\. Elles sont publiées chaque nuit/);
    expect(shown).not.toMatch(/Source|Updated|updated/);
  });

  it('gives a French user the English-only answer in English, introduced by one line in French', async () => {
    conversation = await Conversation.start({ lang: 'fr', knowledgeDir: ONE_LANGUAGE_KB });
    expect(buttons(await conversation.join()).map(plain)).toContain(ENGLISH_ONLY_TITLE);
    const shown = answerText(await conversation.send(ENGLISH_ONLY_TITLE), ENGLISH_ONLY_TITLE);
    expect(shown.split('\n\n').slice(0, 3)).toEqual([
      "Cette réponse n'existe qu'en anglais.",
      `**${ENGLISH_ONLY_TITLE}**`,
      'Apply again three months before the label expires, with the same form.',
    ]);
    // A bare link shows its address; the source has no date: none is shown.
    expect(shown).toContain('[example.org/labels](https://example.org/labels)');
    expect(shown).toMatch(/Source : \[example\.org\/faq\]\(https:\/\/example\.org\/faq\)\.$/);
    expect(shown).not.toMatch(/mise à jour/);
  });

  it('finds the English-only answer for keywords typed in a French conversation, and shows it with the notice', async () => {
    conversation = await Conversation.start({ lang: 'fr', knowledgeDir: ONE_LANGUAGE_KB });
    await conversation.join();
    const shown = answerText(await conversation.send('label renewal'), ENGLISH_ONLY_TITLE);
    expect(shown.split('\n\n')[0]).toBe("Cette réponse n'existe qu'en anglais.");
  });

  it('answers a question written in English in English, though the conversation is French: no notice is needed', async () => {
    conversation = await Conversation.start({ lang: 'fr', knowledgeDir: ONE_LANGUAGE_KB });
    await conversation.join();
    const replies = await conversation.send('renewal of my label, how?');
    const shown = answerText(replies, ENGLISH_ONLY_TITLE);
    expect(shown.startsWith(`**${ENGLISH_ONLY_TITLE}**`)).toBe(true);
    expect(texts(replies)).toContain(strings('en')('feedback.ask'));
    expect(buttons(replies)).toContain(strings('en')('language.continueIn'));
  });

  it('shows a twin in the user’s language, without notice, its title derived where it has no question', async () => {
    conversation = await Conversation.start({ lang: 'en', knowledgeDir: ONE_LANGUAGE_KB });
    await conversation.join();
    const title = 'The Ségur hospital corridor funds software upgrades';
    const shown = answerText(await conversation.send(title), title);
    expect(shown.startsWith(`**${title}**`)).toBe(true);
    expect(shown).toContain('Updated on 12 March 2025.');
    // Its link has a French label only: shown as it is rather than not at all.
    expect(shown).toContain("[Le Ségur à l'hôpital](https://example.org/segur)");
  });
});
