import { comparable, comparableWords, isCloseSpelling, typoAllowance } from '../../../knowledge/text';

describe('comparable', () => {
  it.each([
    ['Peu  importe !', 'peu importe'],
    ['LABELS (2)', 'labels 2'],
    ['Référentiels d’interopérabilité', 'referentiels d interoperabilite'],
    ["qu'est-ce", 'qu est ce'],
    ['Œuvre, cæcum, Straße', 'oeuvre caecum strasse'],
    ['ﬁchier', 'fichier'],
    ['ＲＯＲ', 'ror'],
    ['n° 2', 'n 2'],
    ['1ère', '1ere'],
    ['  ?! ', ''],
  ])('%j → %j', (typed, expected) => {
    expect(comparable(typed)).toBe(expected);
  });

  it('splits into words, none for punctuation alone', () => {
    expect(comparableWords('La 2e, svp.')).toEqual(['la', '2e', 'svp']);
    expect(comparableWords('…')).toEqual([]);
  });
});

describe('the typo rule', () => {
  it('allows nothing under 5 characters, one edit up to 7, two from 8', () => {
    expect([1, 4, 5, 7, 8, 20].map(typoAllowance)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it.each([
    ['lables', 'labels', true],
    ['recomencer', 'recommencer', true],
    ['recomencr', 'recommencer', true],
    ['anglias', 'anglais', true],
    ['aidee', 'aide', true],
    ['aid', 'aide', false],
    ['nos', 'non', false],
    ['labls', 'labels', true],
    ['lbls', 'labels', false],
    ['retour', 'retour', true],
  ])('%s for %s: %s', (typed, known, close) => {
    expect(isCloseSpelling(typed, known)).toBe(close);
  });
});
