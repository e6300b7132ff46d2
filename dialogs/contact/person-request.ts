import { LANGS } from '../../config/languages';
import { comparable, comparableWords } from '../../knowledge/text';
import { translator } from '../../locales';

/** A request for a person is short: a longer message is a question, even one that mentions "contact". */
const MAX_REQUEST_WORDS = 14;

interface Vocabulary {
  /** People and bodies one may ask for: conseiller, humain, someone, the agency, support… */
  people: ReadonlySet<string>;
  /** Ways of reaching them: contact, joindre, phone, e-mail… */
  reach: ReadonlySet<string>;
  /** Everything else such a request is made of: je veux parler à, I would like to talk to, please… */
  fillers: ReadonlySet<string>;
}

let vocabulary: Vocabulary | undefined;

function wordsOf(key: string): Set<string> {
  const words = new Set<string>();
  for (const lang of LANGS) {
    const list = translator(lang, 'conversation')(key, { returnObjects: true }) as unknown;
    for (const phrase of Array.isArray(list) ? list : []) for (const word of comparableWords(String(phrase))) words.add(word);
  }
  return words;
}

function vocabularyOf(): Vocabulary {
  vocabulary ??= {
    people: wordsOf('personRequest.people'),
    reach: wordsOf('personRequest.reach'),
    fillers: wordsOf('personRequest.fillers'),
  };
  return vocabulary;
}

/**
 * "Je veux parler à un conseiller", "contacter l'ANS", "I want to talk to a human", "can I speak to someone?": a
 * message made only of the words such requests use (in either language), naming a person, a body or a way to reach
 * them. A question that also names a subject ("qui contacter pour les données du ROR ?") stays a question.
 */
export function isPersonRequest(text: string): boolean {
  const words = comparableWords(text);
  if (words.length === 0 || words.length > MAX_REQUEST_WORDS) return false;
  const { people, reach, fillers } = vocabularyOf();
  const known = (word: string): boolean => people.has(word) || reach.has(word) || fillers.has(word);
  return words.every(known) && words.some((word) => people.has(word) || reach.has(word)) && comparable(text) !== '';
}
