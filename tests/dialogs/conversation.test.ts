import { loadKnowledgeBase, type Lang } from '../../knowledge';
import type { FeedbackRecord } from '../../storage';
import { counted } from '../../dialogs/cards/numbers';
import { answered, conversationCases, join, offersButtons, typedReason, vocabulary } from './cases';
import { buttons, Conversation, FIXTURE_KNOWLEDGE, plain, strings, texts } from './harness';

const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);

const nothing = (records: FeedbackRecord[]) => expect(records).toEqual([]);

/**
 * What each case must have left in the feedback store: one entry per case of `conversationCases`, no more, no less
 * (a test below checks it), so that a renamed or new case cannot run without its feedback checks.
 */
const STORED: Record<string, (records: FeedbackRecord[], lang: Lang) => void> = {
  'welcome, cascade to an answer without a date the source did not give, then "see also"': (records, lang) => {
    expect(records).toEqual([
      expect.objectContaining({
        entryId: 'label-communication',
        helpful: true,
        reason: null,
        lang,
        facets: { offer: 'labels' },
        decision: 'answer',
        matchScore: null,
        channelId: 'test',
      }),
    ]);
  },
  'suggest band: did you mean, then a "No" with a reason': (records, lang) => {
    expect(records).toEqual([
      expect.objectContaining({
        entryId: 'ror-data-access',
        helpful: false,
        reason: 'incomplete',
        decision: 'suggest',
        lang,
      }),
    ]);
    expect(records[0]?.matchScore).toEqual(expect.any(Number));
    expect(records[0]?.question).toBe(vocabulary(kb, lang).vagueQuestion);
  },
  'suggest band: none of these is an unanswered question': (records, lang) => {
    expect(records).toEqual([
      expect.objectContaining({
        entryId: null,
        helpful: null,
        decision: 'suggest',
        question: vocabulary(kb, lang).vagueQuestion,
      }),
    ]);
  },
  'after a "No", unrelated answers are not offered: it says so and offers to write to the agency': (records) => {
    expect(records).toEqual([
      expect.objectContaining({ entryId: 'segur-funding-resources', helpful: false, reason: null, comment: null, decision: 'answer' }),
    ]);
  },
  'fallback band: nonsense': (records) => {
    expect(records).toEqual([
      expect.objectContaining({ entryId: null, decision: 'fallback', question: 'xqzkw vbnmp plokij' }),
    ]);
  },
  'small talk is answered, neither searched nor taken for a choice': (records) => {
    expect(records).toEqual([expect.objectContaining({ entryId: 'label-msc-application', helpful: true })]);
  },
  'Ségur-only questions are skipped when the offer is not Ségur': nothing,
  'free text at the first question': nothing,
  'free text at a later facet question, then "see also" on the same subject': (records) => {
    // The question named the ROR: searched there, as a click would have.
    expect(records).toEqual([
      expect.objectContaining({ entryId: 'ror-data-access', helpful: true, facets: { offer: 'directories', product: 'ror' }, decision: 'answer' }),
    ]);
  },
  'free text at the list of questions, answered from outside the chosen topics': nothing,
  'help, back and restart': nothing,
  'back from an answer returns to the last cascade question': nothing,
  'one other answer after a "No" is offered in the singular': (records) => {
    expect(records).toEqual([
      expect.objectContaining({ entryId: 'label-msc-application', helpful: false, reason: null, comment: null }),
    ]);
  },
  'a position typed in the other language': nothing,
  'real words are not taken for commands with a typo': (records) => {
    expect(records.every((record) => record.entryId === null)).toBe(true);
  },
  'thumbs and thumbs-like replies to "was this answer helpful?" are a yes or a no': (records) => {
    expect(records.map((record) => [record.entryId, record.helpful, record.reason]).reverse()).toEqual([
      ['ror-data-access', true, null],
      ['segur-funding-resources', false, null],
      ['mos-definition', true, null],
    ]);
  },
  'input hygiene: empty message, attachments only, a 10,000-character message': nothing,
  '"no" to "did you mean" is "none of these"': (records, lang) => {
    expect(records).toEqual([
      expect.objectContaining({ entryId: null, decision: 'suggest', question: vocabulary(kb, lang).vagueQuestion }),
    ]);
  },
  "a reason typed in one's own words is kept with the rating": (records, lang) => {
    expect(records).toEqual([
      expect.objectContaining({
        entryId: 'ror-data-access',
        helpful: false,
        reason: null,
        comment: typedReason(lang).replace('jean.dupont@example.fr', '[EMAIL]'),
      }),
    ]);
  },
  '"merci" to "was this answer helpful?" is a yes': (records) => {
    expect(records).toEqual([expect.objectContaining({ entryId: 'ror-data-access', helpful: true })]);
  },
  'choices typed in the other language': (records) => {
    expect(records).toEqual([
      expect.objectContaining({ entryId: 'ror-data-access', helpful: false, reason: 'not-my-question' }),
    ]);
  },
  'free text instead of rating an answer, or instead of a reason': (records) => {
    expect(records).toEqual([
      expect.objectContaining({ entryId: 'segur-funding-resources', helpful: false, reason: null }),
    ]);
  },
};

/** The feedback checks of a case; a case without any is an error, not a case that checks nothing. */
function storedCheck(name: string): (records: FeedbackRecord[], lang: Lang) => void {
  const check = STORED[name];
  if (!check) throw new Error(`no feedback check for the conversation case "${name}": add one to STORED`);
  return check;
}

describe('the conversation cases', () => {
  it('each have their feedback checks, and every check has its case', () => {
    const names = Object.keys(conversationCases(vocabulary(kb, 'fr'), []));
    expect(names.length).toBeGreaterThan(0);
    expect(Object.keys(STORED).sort()).toEqual([...names].sort());
    expect(Object.keys(conversationCases(vocabulary(kb, 'en'), [])).sort()).toEqual([...names].sort());
  });
});

describe.each(['fr', 'en'] as const)('conversation in %s', (lang) => {
  const v = vocabulary(kb, lang);
  const t = strings(lang);
  let conversation: Conversation;

  beforeEach(async () => {
    conversation = await Conversation.start({ lang });
  });
  afterEach(async () => {
    await conversation.close();
  });

  it.each(Object.entries(conversationCases(v, kb.entries.map((entry) => entry.id))))('%s', async (name, steps) => {
    const check = storedCheck(name);
    await conversation.play(steps);
    check(await conversation.feedback.list(), lang);
  });

  it('records a double click on a feedback button once', async () => {
    await conversation.play([
      [join(), v.offerPrompt],
      [v.rorQuestion, t('feedback.ask')],
    ]);
    const [yes] = (await conversation.send('aide')).flatMap((reply) => reply.suggestedActions?.actions ?? []);
    const click = { type: 'message', text: yes?.text, value: yes?.value };
    expect(click.value).toEqual({ feedback: 'yes', answerKey: expect.any(String) });
    expect(texts(await conversation.send(click)).join('\n')).toContain(t('feedback.thanks'));
    expect(texts(await conversation.send(click))).toContain(t('feedback.alreadyRecorded'));
    expect(await conversation.feedback.list()).toHaveLength(1);
  });

  it('records a click on an earlier answer that was not rated, once', async () => {
    await conversation.send(join());
    const first = await conversation.send(v.rorQuestion);
    const oldNo = first.flatMap((reply) => reply.suggestedActions?.actions ?? [])[1];
    await conversation.play([[v.segurQuestion, answered(v, 'segur-funding-resources')]]);
    const click = { type: 'message', text: oldNo?.text, value: oldNo?.value };
    expect(texts(await conversation.send(click))).toContain(t('feedback.recorded'));
    expect(texts(await conversation.send(click))).toContain(t('feedback.alreadyRecorded'));
    expect(await conversation.feedback.list()).toEqual([
      expect.objectContaining({ entryId: 'ror-data-access', helpful: false }),
    ]);
  });

  it('understands a click that carries only its payload', async () => {
    await conversation.send(join());
    const asked = await conversation.send(v.rorQuestion);
    const no = asked.flatMap((reply) => reply.suggestedActions?.actions ?? [])[1];
    expect(texts(await conversation.send({ type: 'message', value: no?.value }))).toContain(t('feedback.askReason'));
    expect(await conversation.feedback.list()).toEqual([
      expect.objectContaining({ entryId: 'ror-data-access', helpful: false }),
    ]);
  });

  it('answers a first message that came without a conversationUpdate', async () => {
    await conversation.play([
      [v.rorQuestion, [t('welcome.intro'), t('welcome.privacy'), answered(v, 'ror-data-access')]],
    ]);
  });
});

describe('languages', () => {
  it('switches language mid-way and keeps the facets chosen', async () => {
    const conversation = await Conversation.start({ lang: 'fr' });
    const fr = vocabulary(kb, 'fr');
    const en = vocabulary(kb, 'en');
    try {
      await conversation.play([
        [join(), fr.offerPrompt],
        [fr.labelsOffer, strings('fr')('cascade.pickQuestion', counted(2, 'fr'))],
        ['English', [strings('en')('language.switched'), offersButtons(en.question('label-communication'))]],
        ['the second one', answered(en, 'label-communication')],
        // The answer awaiting its rating is shown again in French.
        ['Français', [strings('fr')('language.switched'), answered(fr, 'label-communication'), strings('fr')('feedback.ask')]],
      ]);
      // The choice is saved: a later message from an English-speaking client stays in French.
      const replies = await conversation.send({ type: 'message', text: 'aide', locale: 'en-US' });
      expect(texts(replies).join('\n')).toContain(strings('fr')('help.commands'));
    } finally {
      await conversation.close();
    }
  });

  it('uses French typography and French choice words', async () => {
    const t = strings('fr');
    expect(t('feedback.ask')).toBe('Cette réponse vous a-t-elle été utile\u00a0?');
    expect(t('help.commands')).toContain('«\u00a0aide\u00a0»');
    expect(t('welcome.intro')).toMatch(/^Bonjour\u00a0! /);
    expect(t('feedback.noAlternatives')).toMatch(/^Je n’ai pas d’autre réponse .*\u00a0: /);
    expect(t('topics.understood', { count: 1, topics: '«\u00a0ROR\u00a0»' })).toBe('Sur le thème «\u00a0ROR\u00a0»\u00a0:');
    const conversation = await Conversation.start({ lang: 'fr' });
    try {
      const replies = await conversation.send(join());
      expect(buttons(replies)).toContain('Sans préférence – neuf réponses');
      await conversation.play([['Labls', t('cascade.pickQuestion', counted(2, 'fr'))]]);
      expect(t('cascade.pickQuestion', counted(2, 'fr'))).toBe('Voici les deux questions qui correspondent à vos choix\u00a0:');
    } finally {
      await conversation.close();
    }
  });
});

describe('on Teams', () => {
  it('shows more than three choices, and feedback buttons, as Adaptive Cards that answer like typing', async () => {
    const conversation = await Conversation.start({ lang: 'fr', channelId: 'msteams' });
    const v = vocabulary(kb, 'fr');
    const t = strings('fr');
    try {
      const welcome = await conversation.send(join());
      const question = welcome.find((reply) => plain(reply.text ?? '').startsWith(plain(v.offerPrompt)));
      expect(question?.suggestedActions).toBeUndefined();
      expect(question?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
      const asked = await conversation.send(v.rorQuestion);
      const card = asked.find((reply) => reply.text === t('feedback.ask'))?.attachments?.[0]?.content as {
        actions: { data: { msteams: { type: string; text: string; value: unknown } } }[];
      };
      const yes = card.actions[0]?.data.msteams;
      expect(yes?.type).toBe('messageBack');
      const thanked = await conversation.send({ type: 'message', text: yes?.text, value: yes?.value });
      expect(texts(thanked).join('\n')).toContain(t('feedback.thanks'));
      expect(await conversation.feedback.list()).toEqual([expect.objectContaining({ helpful: true, channelId: 'msteams' })]);
    } finally {
      await conversation.close();
    }
  });
});
