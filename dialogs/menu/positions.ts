import { isCloseSpelling } from '../../knowledge/text';

/** Spelled-out numbers, French and English: a position when typed alone or with fillers ("numéro deux"). */
const NUMBERS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10,
};
/** Ordinals, French and English, as `comparable` writes them; long and distinct enough to be read with a typo. */
const ORDINALS: Readonly<Record<string, number>> = {
  premier: 1, premiere: 1, deuxieme: 2, second: 2, seconde: 2, troisieme: 3, quatrieme: 4, cinquieme: 5,
  sixieme: 6, septieme: 7, huitieme: 8, neuvieme: 9, dixieme: 10,
  first: 1, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
/** The last option, whatever the menu's length ("le dernier", "la dernière", "the last one"). */
const LAST = -1;
const LAST_WORDS: Readonly<Record<string, number>> = { dernier: LAST, derniere: LAST, last: LAST };
/** "2", "2e", "2ème", "2nd", "2nde", "1er", "1re", "1ère", "1st", "3rd", "4th". */
const NUMBERED = /^(\d{1,3})(?:e|eme|er|re|ere|d|de|nd|nde|st|rd|th)?$/;
/**
 * Words that may surround a position ("numéro 2", "la deuxième question", "the 2nd one please"). "un", "une" and
 * "one" are among them: a number word that is also an article is a position only when typed alone.
 */
const POSITION_FILLERS: ReadonlySet<string> = new Set([
  ...['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'the', 'a', 'an', 'of', 'one'],
  ...['numero', 'n', 'no', 'nr', 'option', 'choix', 'reponse', 'question', 'celle', 'celui', 'svp', 'stp'],
  ...['number', 'choice', 'answer', 'please'],
]);

/** The number a single word stands for (LAST for "last"), or undefined. */
function wordValue(word: string): number | undefined {
  const numbered = NUMBERED.exec(word);
  if (numbered) return Number(numbered[1]);
  const exact = NUMBERS[word] ?? ORDINALS[word] ?? LAST_WORDS[word];
  if (exact !== undefined) return exact;
  const close = new Set(
    Object.entries({ ...ORDINALS, ...LAST_WORDS })
      .filter(([ordinal]) => isCloseSpelling(word, ordinal))
      .map(([, value]) => value),
  );
  // "xixieme" is as close to "sixieme" as to "dixieme": no position.
  return close.size === 1 ? [...close][0] : undefined;
}

/**
 * The 1-based position a reply names in a menu of `count` options, when the reply is nothing but a position: a
 * number, a number word or an ordinal in either language, the last one, with only fillers around it. A number
 * inside a sentence is no position ("tu es un robot", "one more thing"), nor is one beyond the menu ("12").
 * @param words the reply's `comparableWords`.
 */
export function typedPosition(words: readonly string[], count: number): number | undefined {
  const meaningful = words.length === 1 ? words : words.filter((word) => !POSITION_FILLERS.has(word));
  const [word] = meaningful;
  if (meaningful.length !== 1 || word === undefined) return undefined;
  const value = wordValue(word);
  if (value === LAST) return count > 0 ? count : undefined;
  return value !== undefined && value >= 1 && value <= count ? value : undefined;
}
