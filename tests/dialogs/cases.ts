import type { Activity } from 'botbuilder';
import type { KnowledgeBase, Lang } from '../../knowledge';
import { buttons, plain, strings, texts, type Replies, type Step } from './harness';

/** What the cases need to know about the fixture knowledge base, in one language. */
export interface Vocabulary {
  lang: Lang;
  offerPrompt: string;
  productPrompt: string;
  labelsOffer: string;
  /** Questions the fixture answers confidently: the entries' own questions. */
  rorQuestion: string;
  segurQuestion: string;
  /** A Ségur question in the user's own words: answered confidently, with no other answer worth suggesting. */
  segurOwnWords: string;
  /** A question in the "suggest" band. */
  vagueQuestion: string;
  secondOne: string;
  date: string;
  question: (id: string) => string;
}

export function vocabulary(kb: KnowledgeBase, lang: Lang): Vocabulary {
  const facet = (name: string) => kb.facets.find((candidate) => candidate.name === name);
  const entry = (id: string) => kb.entries.find((candidate) => candidate.id === id);
  return {
    lang,
    offerPrompt: facet('offer')?.prompt[lang] ?? '?',
    productPrompt: facet('product')?.prompt[lang] ?? '?',
    labelsOffer: facet('offer')?.values.find((value) => value.id === 'labels')?.label[lang] ?? '?',
    rorQuestion: entry('ror-data-access')?.question[lang] ?? '?',
    segurQuestion: entry('segur-funding-resources')?.question[lang] ?? '?',
    segurOwnWords:
      lang === 'fr' ? 'Comment fonctionne le financement des équipements numériques par le Ségur ?' : 'How does the Ségur programme fund digital equipment?',
    vagueQuestion: lang === 'fr' ? 'données' : 'the data',
    secondOne: lang === 'fr' ? 'le deuxième' : 'the second one',
    date: lang === 'fr' ? '15 janvier 2023' : '15 January 2023',
    question: (id) => entry(id)?.question[lang] ?? `(no entry ${id})`,
  };
}

/** The reply that shows an answer starts with its question in bold. */
export function answered(v: Vocabulary, entryId: string) {
  return (replies: Replies): void => {
    const heading = plain(`**${v.question(entryId)}**`);
    if (!texts(replies).some((text) => plain(text).startsWith(heading))) {
      throw new Error(`expected the answer ${entryId} in:\n${texts(replies).join('\n---\n')}`);
    }
  };
}

export function offersButtons(...titles: string[]) {
  return (replies: Replies): void => {
    const shown = buttons(replies).map(plain);
    const missing = titles.filter((title) => !shown.includes(plain(title)));
    if (missing.length > 0) throw new Error(`missing buttons ${JSON.stringify(missing)} in ${JSON.stringify(shown)}`);
  };
}

/** Exactly these buttons, in this order. */
export function offersExactly(...titles: string[]) {
  return (replies: Replies): void => {
    expect(buttons(replies).map(plain)).toEqual(titles.map(plain));
  };
}

/** No entry of the base is offered as a button (the cascade's topics may be). */
function offersNoAnswer(v: Vocabulary, entryIds: readonly string[]) {
  return (replies: Replies): void => {
    const offered = buttons(replies).map(plain);
    expect(entryIds.map((id) => plain(v.question(id))).filter((question) => offered.includes(question))).toEqual([]);
  };
}

/** The conversation strings of the other language (a French speaker typing "Any" in a French conversation). */
function other(v: Vocabulary) {
  return strings(v.lang === 'fr' ? 'en' : 'fr');
}

/** "Cette réponse pourrait vous aider" or "Ces réponses…", whichever the number of other answers calls for. */
function alternativesOffered(v: Vocabulary) {
  return (replies: Replies): void => {
    const t = strings(v.lang);
    const heads = [t('feedback.alternatives', { count: 1 }), t('feedback.alternatives', { count: 2 })].map(plain);
    if (!texts(replies).some((text) => heads.includes(plain(text)))) {
      throw new Error(`expected other answers in:\n${texts(replies).join('\n---\n')}`);
    }
  };
}

/** Why an answer did not help, in the user's words (with an address to redact). */
export function typedReason(lang: Lang): string {
  return lang === 'fr'
    ? 'Il manque les délais de traitement, écrivez-moi à jean.dupont@example.fr'
    : 'The processing times are missing, write to me at jean.dupont@example.fr';
}

/** The cascade's list of questions shown again, and no answer shown instead. */
function listedAgain(v: Vocabulary, count: number) {
  return (replies: Replies): void => {
    const all = texts(replies).map(plain);
    if (!all.includes(plain(strings(v.lang)('cascade.pickQuestion', { count })))) {
      throw new Error(`expected the list of ${count} questions again in:\n${all.join('\n---\n')}`);
    }
    if (all.some((text) => text.startsWith('**'))) throw new Error(`unexpected answer in:\n${all.join('\n---\n')}`);
  };
}

export function join(): Partial<Activity> {
  return { type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User1' }] };
}

/** Table of conversations run in both languages; the checks of stored feedback are in the test file. */
export function conversationCases(v: Vocabulary, entryIds: readonly string[]): Record<string, Step[]> {
  const t = strings(v.lang);
  const any = (count: number) => t('cascade.withCount', { label: t('cascade.any'), count });
  const firstQuestion = [
    v.offerPrompt,
    offersButtons(t('cascade.withCount', { label: v.labelsOffer, count: 2 }), any(9)),
  ];
  return {
    'welcome, cascade to an answer, and its source and date': [
      [join(), [t('welcome.intro'), t('welcome.privacy'), ...firstQuestion]],
      [
        v.labelsOffer,
        [
          t('cascade.pickQuestion', { count: 2 }),
          offersButtons(v.question('label-communication'), t('cascade.noneOfThese')),
        ],
      ],
      [
        v.secondOne,
        [
          answered(v, 'label-communication'),
          v.date,
          t('feedback.ask'),
          offersButtons(t('feedback.yes'), t('feedback.no')),
        ],
      ],
      [t('feedback.yes'), [t('feedback.thanks'), t('cascade.pickQuestion', { count: 2 })]],
    ],
    'Ségur-only questions are skipped when the offer is not Ségur': [
      [join(), v.offerPrompt],
      [t('cascade.any'), [v.productPrompt, offersButtons(any(9))]],
    ],
    'free text at the first question': [
      [join(), v.offerPrompt],
      [v.rorQuestion, [answered(v, 'ror-data-access'), t('feedback.ask')]],
    ],
    'free text at a later facet question': [
      [join(), v.offerPrompt],
      [t('cascade.any'), v.productPrompt],
      [v.rorQuestion, answered(v, 'ror-data-access')],
      [t('feedback.yes'), [t('feedback.thanks'), v.productPrompt]],
    ],
    'free text at the list of questions, answered from outside the chosen topics': [
      [join(), v.offerPrompt],
      [v.labelsOffer, t('cascade.pickQuestion', { count: 2 })],
      [v.rorQuestion, [t('question.relaxed'), answered(v, 'ror-data-access')]],
    ],
    'free text instead of rating an answer, or instead of a reason': [
      [join(), v.offerPrompt],
      [v.rorQuestion, t('feedback.ask')],
      [v.segurQuestion, [answered(v, 'segur-funding-resources'), t('feedback.ask')]],
      [t('feedback.no'), t('feedback.askReason')],
      [v.rorQuestion, answered(v, 'ror-data-access')],
    ],
    'suggest band: did you mean, then a "No" with a reason': [
      [join(), v.offerPrompt],
      [
        v.vagueQuestion,
        [t('question.didYouMean'), offersButtons(v.question('ror-data-access'), t('question.noneOfThese'))],
      ],
      ['1', [answered(v, 'ror-data-access'), t('feedback.ask')]],
      [
        t('feedback.no'),
        [t('feedback.askReason'), offersButtons(t('feedback.reason.incomplete'), t('feedback.reason.skip'))],
      ],
      // The other matches of so vague a question are below the bar for suggesting them.
      [
        t('feedback.reason.incomplete'),
        [t('feedback.reasonThanks'), t('feedback.noAlternatives'), 'https://esante.gouv.fr/contact', v.offerPrompt],
      ],
    ],
    'after a "No", unrelated answers are not offered: it says so and gives the contact': [
      [join(), v.offerPrompt],
      [v.segurOwnWords, [answered(v, 'segur-funding-resources'), t('feedback.ask')]],
      [t('feedback.no'), t('feedback.askReason')],
      [
        t('feedback.reason.skip'),
        [
          t('feedback.reasonThanks'),
          t('feedback.noAlternatives'),
          'https://esante.gouv.fr/contact',
          v.offerPrompt,
          offersNoAnswer(v, entryIds),
        ],
      ],
    ],
    'suggest band: none of these is an unanswered question': [
      [join(), v.offerPrompt],
      [v.vagueQuestion, t('question.didYouMean')],
      [t('question.noneOfThese'), [t('question.fallback'), 'https://esante.gouv.fr/contact', v.offerPrompt]],
    ],
    'fallback band: nonsense': [
      [join(), v.offerPrompt],
      [
        'xqzkw vbnmp plokij',
        [t('question.fallback'), t('question.fallbackOptions'), 'contact@example.org', ...firstQuestion],
      ],
    ],
    'help, back and restart': [
      [join(), v.offerPrompt],
      [v.lang === 'fr' ? 'aide' : 'help', [t('help.text'), t('help.commands'), ...firstQuestion]],
      [v.lang === 'fr' ? 'retour' : 'back', [t('back.atStart'), v.offerPrompt]],
      [t('cascade.any'), v.productPrompt],
      [v.lang === 'fr' ? 'retour' : 'back', [v.offerPrompt]],
      [v.labelsOffer, t('cascade.pickQuestion', { count: 2 })],
      [v.lang === 'fr' ? 'recommencer' : 'restart', [t('restart.done'), ...firstQuestion]],
    ],
    'back from an answer returns to the last cascade question': [
      [join(), v.offerPrompt],
      [v.labelsOffer, t('cascade.pickQuestion', { count: 2 })],
      ['1', t('feedback.ask')],
      [v.lang === 'fr' ? 'retour' : 'back', t('cascade.pickQuestion', { count: 2 })],
    ],
    'small talk is answered, neither searched nor taken for a choice': [
      [join(), v.offerPrompt],
      [v.labelsOffer, t('cascade.pickQuestion', { count: 2 })],
      [v.lang === 'fr' ? 'tu es un robot ?' : 'are you a bot?', [t('smallTalk.identityReply'), listedAgain(v, 2)]],
      [v.lang === 'fr' ? 'Merci !' : 'Thank you!', [t('smallTalk.thanksReply'), listedAgain(v, 2)]],
      ['1', t('feedback.ask')],
      [t('feedback.yes'), t('feedback.anotherQuestion')],
      [v.lang === 'fr' ? 'Non merci' : 'No thanks', [t('smallTalk.goodbyeReply'), listedAgain(v, 2)]],
    ],
    'one other answer after a "No" is offered in the singular': [
      [join(), v.offerPrompt],
      [v.labelsOffer, t('cascade.pickQuestion', { count: 2 })],
      ['1', t('feedback.ask')],
      [t('feedback.no'), t('feedback.askReason')],
      [t('feedback.reason.skip'), [t('feedback.alternatives_one'), offersButtons(v.question('label-communication'))]],
    ],
    'a reason typed in one\'s own words is kept with the rating': [
      [join(), v.offerPrompt],
      [v.rorQuestion, t('feedback.ask')],
      [t('feedback.no'), t('feedback.askReason')],
      // Only the search's next best answers that the matcher would have suggested itself (both mention the ROR).
      [
        typedReason(v.lang),
        [
          t('feedback.reasonThanks'),
          alternativesOffered(v),
          offersExactly(v.question('platines-ror-tests'), v.question('mos-nos-base-vocabulary'), t('feedback.noneOfThese')),
        ],
      ],
    ],
    'choices typed in the other language': [
      [join(), v.offerPrompt],
      [other(v)('cascade.any'), v.productPrompt],
      [v.lang === 'fr' ? 'retour' : 'back', v.offerPrompt],
      [v.labelsOffer, t('cascade.pickQuestion', { count: 2 })],
      [other(v)('cascade.noneOfThese'), t('cascade.askYourQuestion')],
      [v.rorQuestion, t('feedback.ask')],
      [other(v)('feedback.no'), t('feedback.askReason')],
      [other(v)('feedback.reason.not-my-question'), t('feedback.reasonThanks')],
    ],
    '"merci" to "was this answer helpful?" is a yes': [
      [join(), v.offerPrompt],
      [v.rorQuestion, t('feedback.ask')],
      [v.lang === 'fr' ? 'Merci beaucoup !' : 'Thanks a lot!', t('feedback.thanks')],
    ],
    'a position typed in the other language': [
      [join(), v.offerPrompt],
      [v.labelsOffer, t('cascade.pickQuestion', { count: 2 })],
      [v.lang === 'fr' ? 'the second one' : 'le deuxième', answered(v, 'label-communication')],
    ],
    '"no" to "did you mean" is "none of these"': [
      [join(), v.offerPrompt],
      [v.vagueQuestion, t('question.didYouMean')],
      [v.lang === 'fr' ? 'non' : 'no', [t('question.fallback'), v.offerPrompt]],
    ],
    'input hygiene: empty message, attachments only, a 10,000-character message': [
      [join(), v.offerPrompt],
      ['   ', [t('input.empty'), v.offerPrompt]],
      [
        { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.org/x.png' }] },
        t('input.attachmentsOnly'),
      ],
      [`${v.rorQuestion} `.repeat(400).slice(0, 10_000), [t('question.truncated'), answered(v, 'ror-data-access')]],
    ],
  };
}
