import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { boundedEditDistance } from '../../../knowledge/text/edit-distance';
import { TypoCorrector } from '../../../knowledge/text/typos';
import { typoAllowance } from '../../../knowledge/text/typo-tolerance';

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function randomWord(random: () => number, alphabet = 'abcde'): string {
  const length = 1 + Math.floor(random() * 9);
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

function mutate(random: () => number, word: string): string {
  const letters = [...word];
  const at = Math.floor(random() * (letters.length + 1));
  const choice = random();
  if (choice < 0.25) letters.splice(at, 0, 'x');
  else if (choice < 0.5) letters.splice(at, 1);
  else if (choice < 0.75) letters[at] = 'y';
  else if (at + 1 < letters.length) [letters[at], letters[at + 1]] = [letters[at + 1] as string, letters[at] as string];
  return letters.join('');
}

describe('boundedEditDistance', () => {
  it('agrees with natural’s restricted Damerau-Levenshtein distance', () => {
    const random = seeded(1);
    for (let i = 0; i < 300; i += 1) {
      const [a, b] = [randomWord(random), randomWord(random)];
      const expected = DamerauLevenshteinDistance(a, b, { restricted: true });
      expect([a, b, boundedEditDistance(a, b, 20)]).toEqual([a, b, expected]);
    }
  });

  it('stops at max + 1', () => {
    expect(boundedEditDistance('abcdefgh', 'stuvwxyz', 2)).toBe(3);
    expect(boundedEditDistance('abc', 'abcdef', 1)).toBe(2);
    expect(boundedEditDistance('donnees', 'donees', 1)).toBe(1);
    expect(boundedEditDistance('pharmacie', 'pharmacei', 1)).toBe(1);
  });
});

describe('TypoCorrector', () => {
  it('finds what a scan of the vocabulary’s words with the same first letter finds', () => {
    const random = seeded(7);
    const vocabulary = new Map<string, number>();
    while (vocabulary.size < 200) vocabulary.set(randomWord(random, 'abcdefgh') + randomWord(random, 'abcdefgh'), 1 + Math.floor(random() * 5));
    const corrector = new TypoCorrector(vocabulary);
    const words = [...vocabulary.keys()];
    for (let i = 0; i < 300; i += 1) {
      const typo = mutate(random, mutate(random, words[Math.floor(random() * words.length)] as string));
      const max = typoAllowance(typo.length);
      // boundedEditDistance with a loose bound is the exact distance (checked against natural above).
      const distances = words.filter((word) => word[0] === typo[0]).map((word) => [word, boundedEditDistance(typo, word, 50)] as const);
      const best = Math.min(...distances.map(([, distance]) => distance));
      const found = corrector.correct(typo);
      if (max === 0 || best > max) expect([typo, found]).toEqual([typo, undefined]);
      else expect([typo, distances.find(([word]) => word === found)?.[1]]).toEqual([typo, best]);
    }
  });

  it('keeps the first letter', () => {
    const corrector = new TypoCorrector(new Map([['signing', 1], ['versions', 1], ['portal', 1]]));
    expect([corrector.correct('aligning'), corrector.correct('sessions'), corrector.correct('potral')]).toEqual([undefined, undefined, 'portal']);
  });

  it('prefers the more frequent of two equally close words', () => {
    const corrector = new TypoCorrector(new Map([['donner', 1], ['donnee', 5]]));
    expect(corrector.correct('donnex')).toBe('donnee');
  });
});
