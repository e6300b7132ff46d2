import { counted } from '../../dialogs/cards/numbers';
import { answered, join, lacks, offersButtons, offersExactly, showsNoAnswer, type Vocabulary } from './cases';
import { buttons, plain, strings, texts, type Replies, type Step } from './harness';

/** How a case reaches the real server (see `RealServer`). */
export type Via =
  /** The local Direct Line of a web chat page in the conversation's language. */
  | 'web chat'
  /** A Teams personal chat whose client speaks the other language. */
  | 'Teams, client in the other language'
  /** `/api/messages` with expectReplies. */
  | 'api';

export interface FollowingCase {
  via: Via;
  steps: Step[];
}

/** The message to the agency behind the reply's "write to the agency" link, decoded. */
export function agencyMessageIn(replies: Replies): { to: string; subject: string; body: string } {
  const link = texts(replies)
    .join('\n')
    .match(/\]\((mailto:[^)\s]+)\)/)?.[1];
  if (!link) throw new Error(`no message to the agency in:\n${texts(replies).join('\n---\n')}`);
  const url = new URL(link);
  return { to: url.pathname, subject: url.searchParams.get('subject') ?? '', body: url.searchParams.get('body') ?? '' };
}

/** The message to the agency says this question, these topics and these answers tried. */
function agencyMessageSays(question: string, topics: readonly string[], tried: readonly string[]) {
  return (replies: Replies): void => {
    const message = agencyMessageIn(replies);
    expect(message.to).toBe('contact@example.org');
    for (const expected of [question, ...topics, ...tried]) expect(plain(message.body)).toContain(plain(expected));
    for (const topic of topics) expect(plain(message.subject)).toContain(plain(topic));
  };
}

/**
 * What issue 15 asked for, in both languages, through the real server: `v` is the conversation's language (the web
 * page's, or the Teams client's other one), `o` the other language's vocabulary.
 */
export function followingCases(v: Vocabulary, o: Vocabulary): Record<string, FollowingCase> {
  const t = strings(v.lang);
  const ot = strings(o.lang);
  const person =
    v.lang === 'fr'
      ? ['je veux parler à un conseiller', "Comment contacter l'ANS ?", 'je souhaiterais parler à un humain svp']
      : ['I want to talk to a human', 'How can I contact the ANS?', 'can I speak with someone please'];
  return {
    'a question written in the other language is answered in it, with a one-tap offer to continue in it': {
      via: 'web chat',
      steps: [
        [join(), [t('welcome.intro'), v.offerPrompt]],
        [o.rorQuestion, [answered(o, 'ror-data-access'), ot('feedback.ask'), offersButtons(ot('language.continueIn'))]],
        // The follow-ups of that question speak its language too.
        [ot('feedback.no'), ot('feedback.askReason')],
        [ot('feedback.reason.skip'), [ot('feedback.ratingThanks'), offersButtons(o.question('platines-ror-tests'))]],
        // A short reply says nothing about a language: it stays the conversation's.
        [ot('feedback.noneOfThese'), [ot('feedback.noneHelped'), ot('agency.link.email'), o.offerPrompt]],
        // Back at the topics, a short message speaks the conversation's language again.
        [v.lang === 'fr' ? 'aide' : 'help', [t('help.agency'), v.offerPrompt]],
      ],
    },
    'a question in the language the Teams client does not speak is answered in that language': {
      via: 'Teams, client in the other language',
      steps: [
        [join(), [ot('welcome.intro')]],
        [v.rorQuestion, [answered(v, 'ror-data-access'), t('feedback.ask'), offersButtons(t('language.continueIn'))]],
        [t('language.continueIn'), [t('language.switched'), offersExactly(t('feedback.yes'), t('feedback.no'), t('topics.drop'))]],
        [t('feedback.yes'), t('feedback.thanks')],
        // The choice holds: a short message now gets the conversation's new language, not the client's.
        [v.lang === 'fr' ? 'aide' : 'help', t('help.text')],
      ],
    },
    'a request for a person, in many wordings, gets the message to the agency and is never recorded as unanswered': {
      via: 'api',
      steps: [
        // As a first message, before any welcome.
        [person[0] ?? '', [t('welcome.intro'), t('person.reply'), t('agency.link.email'), 'mailto:contact@example.org']],
        [person[1] ?? '', [t('person.reply'), agencyMessageSays('', [], []), v.offerPrompt]],
        [v.rorQuestion, t('feedback.ask')],
        // At any step: the message says the question, its topics and the answer tried; the menu is asked again.
        [person[2] ?? '', [t('person.reply'), agencyMessageSays(v.rorQuestion, [], [v.question('ror-data-access')]), t('feedback.ask')]],
      ],
    },
    'a new question after an answer with topics chosen is matched on the whole base': {
      via: 'api',
      steps: [
        [join(), v.offerPrompt],
        [v.labelsOffer, t('cascade.pickQuestion', counted(2, v.lang))],
        ['1', answered(v, 'label-msc-application')],
        [t('feedback.yes'), [t('feedback.thanks'), offersButtons(t('newQuestion.label'))]],
        [v.fundingOwnWords, [answered(v, 'segur-funding-resources'), lacks(t('question.relaxed'))]],
        [t('newQuestion.label'), [t('newQuestion.done'), v.offerPrompt, t('cascade.firstHint')]],
      ],
    },
    'the topics a question names narrow its search like a click, are said back, and can be dropped': {
      via: 'api',
      steps: [
        [join(), v.offerPrompt],
        [v.labelsOffer, t('cascade.pickQuestion', counted(2, v.lang))],
        // The question names the ROR: searched there rather than in the Labels chosen.
        [v.rorQuestion, [t('topics.understood', { count: 1, topics: v.lang === 'fr' ? '« ROR »' : '“ROR”' }), answered(v, 'ror-data-access'), lacks(t('question.relaxed'))]],
        [t('topics.drop'), [answered(v, 'ror-data-access'), lacks(t('topics.understood', { count: 1, topics: v.lang === 'fr' ? '« ROR »' : '“ROR”' }))]],
      ],
    },
    'a broad question gets the one facet question that best splits its candidates': {
      via: 'api',
      steps: [
        [join(), v.offerPrompt],
        [
          v.lang === 'fr' ? 'mon logiciel' : 'my software',
          [t('question.broad'), (replies) => expect(buttons(replies).some((title) => title.startsWith('Communication'))).toBe(true)],
        ],
        ['Communication', answered(v, 'label-communication')],
      ],
    },
    'the fallback shows the topics it names': {
      via: 'api',
      steps: [
        [join(), v.offerPrompt],
        [v.labelsOffer, t('cascade.pickQuestion', counted(2, v.lang))],
        [
          'xqzkw vbnmp plokij',
          [
            t('question.fallback'),
            t('question.fallbackTopics', { count: 1, topics: v.lang === 'fr' ? `« ${v.labelsOffer} »` : `“${v.labelsOffer}”` }),
            t('agency.link.email'),
            t('cascade.pickQuestion', counted(2, v.lang)),
            offersButtons(v.question('label-msc-application'), v.question('label-communication')),
          ],
        ],
      ],
    },
    'a dead end offers a message to the agency with the question, its topics and the answers tried': {
      via: 'api',
      steps: [
        [join(), v.offerPrompt],
        [v.rorQuestion, t('feedback.ask')],
        [t('feedback.no'), t('feedback.askReason')],
        [t('feedback.reason.skip'), offersButtons(v.question('platines-ror-tests'))],
        ['1', answered(v, 'platines-ror-tests')],
        [t('feedback.no'), t('feedback.askReason')],
        [
          t('feedback.reason.unclear'),
          [
            t('feedback.reasonThanks'),
            t('feedback.noAlternatives'),
            t('agency.offer.email'),
            agencyMessageSays(v.rorQuestion, v.lang === 'fr' ? ['Annuaires (ROR)'] : ['Directories (ROR)'], [
              v.question('ror-data-access'),
              v.question('platines-ror-tests'),
            ]),
          ],
        ],
      ],
    },
    'a language switch after "No" never shows the answer just rated unhelpful again': {
      via: 'api',
      steps: [
        [join(), v.offerPrompt],
        [v.rorQuestion, t('feedback.ask')],
        [t('feedback.no'), t('feedback.askReason')],
        [o.lang === 'fr' ? 'Français' : 'English', [ot('language.switched'), ot('feedback.askReason'), showsNoAnswer]],
      ],
    },
    '"no preference" at every step lists all the questions, a page at a time': {
      via: 'api',
      steps: [
        [join(), v.offerPrompt],
        [t('cascade.any'), v.productPrompt],
        [t('cascade.any'), offersButtons(t('cascade.withCount', { label: t('cascade.any'), ...counted(9, v.lang) }))],
        [t('cascade.any'), [t('cascade.pickAmong', counted(9, v.lang)), offersButtons(t('cascade.moreCount', counted(1, v.lang)))]],
        [t('cascade.moreCount', counted(1, v.lang)), [t('cascade.pickNext'), (replies) => expect(buttons(replies)).toHaveLength(2)]],
      ],
    },
  };
}

