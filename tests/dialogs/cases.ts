import type { Activity } from 'botbuilder';
import type { KnowledgeBase, Lang } from '../../knowledge';
import { counted } from '../../dialogs/cards/numbers';
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
  /** A question answered from an entry outside the Labels topic, though it names no topic. */
  fundingOwnWords: string;
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
    fundingOwnWords: lang === 'fr' ? 'Où trouver les ressources sur le financement ?' : 'Where can I find resources on funding?',
    question: (id) => entry(id)?.question[lang] ?? `(no entry ${id})`,
  };
}

/** The reply that shows an answer has its question in bold as a paragraph (after what the bot understood, if said). */
export function answered(v: Vocabulary, entryId: string) {
  return (replies: Replies): void => {
    const heading = plain(`**${v.question(entryId)}**`);
    if (!texts(replies).some((text) => plain(text).split('\n\n').includes(heading))) {
      throw new Error(`expected the answer ${entryId} in:\n${texts(replies).join('\n---\n')}`);
    }
  };
}

/** None of the replies holds this text. */
export function lacks(text: string) {
  return (replies: Replies): void => {
    const found = texts(replies).find((reply) => plain(reply).includes(plain(text)));
    if (found !== undefined) throw new Error(`unexpected ${JSON.stringify(text)} in:\n${found}`);
  };
}

/** No answer of the base is shown (its heading in bold). */
export function showsNoAnswer(replies: Replies): void {
  const shown = texts(replies).find((text) => /^\*\*/m.test(text) && !text.includes('**' + 'Objet'));
  if (shown !== undefined) throw new Error(`unexpected answer in:\n${shown}`);
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

/** "Cette autre réponse pourrait vous aider" or "Ces deux autres réponses…", whichever the number calls for. */
function alternativesOffered(v: Vocabulary) {
  return (replies: Replies): void => {
    const t = strings(v.lang);
    const heads = [1, 2, 3].map((count) => plain(t('feedback.alternatives', counted(count, v.lang))));
    if (!texts(replies).some((text) => heads.some((head) => plain(text).includes(head)))) {
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
    if (!all.includes(plain(strings(v.lang)('cascade.pickQuestion', counted(count, v.lang))))) {
      throw new Error(`expected the list of ${count} questions again in:\n${all.join('\n---\n')}`);
    }
    if (all.some((text) => /^\*\*/m.test(text))) throw new Error(`unexpected answer in:\n${all.join('\n---\n')}`);
  };
}

export function join(): Partial<Activity> {
  return { type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User1' }] };
}

/** Table of conversations run in both languages; the checks of stored feedback are in the test file. */
export function conversationCases(v: Vocabulary, entryIds: readonly string[]): Record<string, Step[]> {
  const t = strings(v.lang);
  const any = (count: number) => t('cascade.withCount', { label: t('cascade.any'), ...counted(count, v.lang) });
  const list = (count: number) => t('cascade.pickQuestion', counted(count, v.lang));
  const firstQuestion = [
    v.offerPrompt,
    offersButtons(t('cascade.withCount', { label: v.labelsOffer, ...counted(2, v.lang) }), any(9)),
  ];
  return {
    'welcome, cascade to an answer without a date the source did not give, then "see also"': [
      [join(), [t('welcome.intro'), t('welcome.privacy'), ...firstQuestion]],
      [v.labelsOffer, [list(2), offersButtons(v.question('label-communication'), t('cascade.noneOfThese'), t('newQuestion.label'))]],
      [
        v.secondOne,
        [
          answered(v, 'label-communication'),
          lacks(v.lang === 'fr' ? 'mise à jour' : 'updated'),
          t('feedback.ask'),
          offersExactly(t('feedback.yes'), t('feedback.no')),
        ],
      ],
      [
        t('feedback.yes'),
        [
          t('feedback.thanks'),
          t('seeAlso.intro', counted(1, v.lang)),
          offersExactly(v.question('label-msc-application'), t('newQuestion.label')),
        ],
      ],
    ],
    'Ségur-only questions are skipped when the offer is not Ségur': [
      [join(), v.offerPrompt],
      [t('cascade.any'), [v.productPrompt, offersButtons(any(9), t('newQuestion.label'))]],
    ],
    'free text at the first question': [
      [join(), v.offerPrompt],
      [v.rorQuestion, [answered(v, 'ror-data-access'), t('feedback.ask')]],
    ],
    'free text at a later facet question, then "see also" on the same subject': [
      [join(), v.offerPrompt],
      [t('cascade.any'), v.productPrompt],
      [v.rorQuestion, answered(v, 'ror-data-access')],
      [t('feedback.yes'), [t('feedback.thanks'), offersExactly(v.question('platines-ror-tests'), t('newQuestion.label'))]],
    ],
    'free text at the list of questions, answered from outside the chosen topics': [
      [join(), v.offerPrompt],
      [v.labelsOffer, list(2)],
      [v.fundingOwnWords, [t('question.relaxed'), answered(v, 'segur-funding-resources')]],
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
        [t('question.didYouMean'), offersButtons(v.question('ror-data-access'), t('question.noneOfThese'), t('newQuestion.label'))],
      ],
      ['1', [answered(v, 'ror-data-access'), t('feedback.ask')]],
      [
        t('feedback.no'),
        [t('feedback.askReason'), offersButtons(t('feedback.reason.incomplete'), t('feedback.reason.skip'))],
      ],
      // The other matches of so vague a question are below the bar for suggesting them.
      [
        t('feedback.reason.incomplete'),
        [t('feedback.reasonThanks'), t('feedback.noAlternatives'), 'mailto:contact@example.org', v.offerPrompt],
      ],
    ],
    'after a "No", unrelated answers are not offered: it says so and offers to write to the agency': [
      [join(), v.offerPrompt],
      [v.segurOwnWords, [answered(v, 'segur-funding-resources'), t('feedback.ask')]],
      [t('feedback.no'), t('feedback.askReason')],
      [
        t('feedback.reason.skip'),
        [
          // Skipping the reason is thanked for the rating only.
          t('feedback.ratingThanks'),
          lacks(t('feedback.reasonThanks')),
          t('feedback.noAlternatives'),
          t('agency.link.email'),
          v.offerPrompt,
          offersNoAnswer(v, entryIds),
        ],
      ],
    ],
    'suggest band: none of these is an unanswered question': [
      [join(), v.offerPrompt],
      [v.vagueQuestion, t('question.didYouMean')],
      [t('question.noneOfThese'), [t('question.fallback'), 'mailto:contact@example.org', v.offerPrompt]],
    ],
    'fallback band: nonsense': [
      [join(), v.offerPrompt],
      ['xqzkw vbnmp plokij', [t('question.fallback'), t('question.fallbackOptions'), 'contact@example.org', ...firstQuestion]],
    ],
    'help, back and restart': [
      [join(), v.offerPrompt],
      [v.lang === 'fr' ? 'aide' : 'help', [t('help.text'), t('help.agency'), t('help.commands'), ...firstQuestion]],
      [v.lang === 'fr' ? 'retour' : 'back', [t('back.atStart'), v.offerPrompt]],
      [t('cascade.any'), v.productPrompt],
      [v.lang === 'fr' ? 'retour' : 'back', [v.offerPrompt]],
      [v.labelsOffer, list(2)],
      [v.lang === 'fr' ? 'recommencer' : 'restart', [t('restart.done'), ...firstQuestion]],
    ],
    'back from an answer returns to the last cascade question': [
      [join(), v.offerPrompt],
      [v.labelsOffer, list(2)],
      ['1', t('feedback.ask')],
      [v.lang === 'fr' ? 'retour' : 'back', list(2)],
    ],
    'small talk is answered, neither searched nor taken for a choice': [
      [join(), v.offerPrompt],
      [v.labelsOffer, list(2)],
      [v.lang === 'fr' ? 'tu es un robot ?' : 'are you a bot?', [t('smallTalk.identityReply'), listedAgain(v, 2)]],
      [v.lang === 'fr' ? 'Merci !' : 'Thank you!', [t('smallTalk.thanksReply'), listedAgain(v, 2)]],
      ['1', t('feedback.ask')],
      [t('feedback.yes'), t('seeAlso.intro', counted(1, v.lang))],
      [v.lang === 'fr' ? 'Non merci' : 'No thanks', [t('smallTalk.goodbyeReply'), v.offerPrompt]],
    ],
    'one other answer after a "No" is offered in the singular': [
      [join(), v.offerPrompt],
      [v.labelsOffer, list(2)],
      ['1', t('feedback.ask')],
      [t('feedback.no'), t('feedback.askReason')],
      [
        t('feedback.reason.skip'),
        [t('feedback.ratingThanks'), t('feedback.alternatives', counted(1, v.lang)), offersButtons(v.question('label-communication'))],
      ],
    ],
    "a reason typed in one's own words is kept with the rating": [
      [join(), v.offerPrompt],
      [v.rorQuestion, t('feedback.ask')],
      [t('feedback.no'), t('feedback.askReason')],
      // Only the search's next best answer that the matcher would have suggested itself (it mentions the ROR too).
      [
        typedReason(v.lang),
        [t('feedback.reasonThanks'), alternativesOffered(v), offersExactly(v.question('platines-ror-tests'), t('feedback.noneOfThese'))],
      ],
    ],
    'choices typed in the other language': [
      [join(), v.offerPrompt],
      [other(v)('cascade.any'), v.productPrompt],
      [v.lang === 'fr' ? 'retour' : 'back', v.offerPrompt],
      [v.labelsOffer, list(2)],
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
    'thumbs and thumbs-like replies to "was this answer helpful?" are a yes or a no': [
      [join(), v.offerPrompt],
      [v.rorQuestion, t('feedback.ask')],
      ['👍🏽', t('feedback.thanks')],
      [v.segurQuestion, t('feedback.ask')],
      ['👎', t('feedback.askReason')],
      [t('feedback.reason.skip'), t('feedback.ratingThanks')],
      [v.question('mos-definition'), t('feedback.ask')],
      [v.lang === 'fr' ? 'nickel' : 'cool', t('feedback.thanks')],
    ],
    'a position typed in the other language': [
      [join(), v.offerPrompt],
      [v.labelsOffer, list(2)],
      [v.lang === 'fr' ? 'the second one' : 'le deuxième', answered(v, 'label-communication')],
    ],
    '"no" to "did you mean" is "none of these"': [
      [join(), v.offerPrompt],
      [v.vagueQuestion, t('question.didYouMean')],
      [v.lang === 'fr' ? 'non' : 'no', [t('question.fallback'), v.offerPrompt]],
    ],
    'real words are not taken for commands with a typo': [
      [join(), v.offerPrompt],
      ['franchise', lacks(strings('fr')('language.switched'))],
      ['président', lacks(t('back.atStart'))],
      [v.lang === 'fr' ? 'recomencer' : 'restrat', t('restart.done')],
      ['englsh', strings('en')('language.switched')],
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
