import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase, nextFacetQuestion } from '../../../knowledge';
import { comparableWords } from '../../../knowledge/text';
import { facetOptions, feedbackOptions, reasonOptions } from '../../../dialogs/cards/options';
import { typedPosition } from '../../../dialogs/menu/positions';
import { recognizeReply } from '../../../dialogs/menu/recognize-reply';
import type { MenuOption } from '../../../dialogs/menu/menu-option';
import { FIXTURE_KNOWLEDGE, strings } from '../harness';

const OFFERS: MenuOption[] = [
  { id: 'segur', title: 'Financement Ségur numérique (2)', value: 'Financement Ségur numérique' },
  {
    id: 'ref',
    title: "Référentiels d'interopérabilité (MOS, NOS) (3)",
    value: "Référentiels d'interopérabilité (MOS, NOS)",
  },
  { id: 'labels', title: 'Labels (2)', value: 'Labels', synonyms: ['Software labels'] },
  { id: 'ror', title: 'Annuaires (ROR) (2)', value: 'Annuaires (ROR)' },
  { id: 'any', title: 'Peu importe (9)', value: 'Peu importe', synonyms: ['passer'] },
];

/** `positions.tsv`: reply, then the position it names in a menu of 10 options, or "-". */
const POSITIONS = readFileSync(join(__dirname, 'positions.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string]);

describe('typedPosition (golden file, French and English)', () => {
  it('has cases', () => {
    expect(POSITIONS.length).toBeGreaterThan(90);
  });

  it.each(POSITIONS)('%j names %s', (typed, expected) => {
    expect(String(typedPosition(comparableWords(typed), 10) ?? '-')).toBe(expected);
  });

  it('names no position beyond the menu, and "the last one" of the menu it is in', () => {
    expect(typedPosition(['3'], 2)).toBeUndefined();
    expect(typedPosition(['troisieme'], 2)).toBeUndefined();
    expect(typedPosition(comparableWords('le dernier'), 2)).toBe(2);
    expect(typedPosition(comparableWords('the last one'), 0)).toBeUndefined();
  });

  it('reads a typo only where one ordinal is that close', () => {
    expect(typedPosition(['xixieme'], 10)).toBeUndefined(); // sixième or dixième?
    expect(typedPosition(['sixieme'], 10)).toBe(6);
  });
});

describe('recognizeReply', () => {
  it.each([
    ['Labels', 'labels'],
    ['labels (2)', 'labels'],
    ['LABELS', 'labels'],
    ['software labels', 'labels'],
    ['3', 'labels'],
    ['le deuxième', 'ref'],
    ['the second one', 'ref'],
    ['Lables', 'labels'],
    ['ségur', 'segur'],
    ['les annuaires', 'ror'],
    ['ROR', 'ror'],
    ['peu importe', 'any'],
    ['Passer', 'any'],
    ['numéro 2', 'ref'],
    ['la 2e', 'ref'],
    ['la 1re', 'segur'],
    ['deux', 'ref'],
    ['un', 'segur'],
    ['the 2nd one please', 'ref'],
    ['the last one', 'any'],
    ['le dernier', 'any'],
    ['number three', 'labels'],
    ['option 4', 'ror'],
    ['je veux Labels', 'labels'],
    ['Financement Ségur numérique svp', 'segur'],
    ['financement du segur numerique', 'segur'],
    ['Peu improte', 'any'],
  ])('"%s" selects %s', (typed, id) => {
    expect(recognizeReply(typed, OFFERS)).toBe(id);
  });

  it.each([
    'Comment accéder aux données du ROR ?',
    'Je voudrais savoir ce que sont les labels de logiciels',
    'Qu’est-ce que le MOS ?',
    '12',
    'x'.repeat(10_000),
    '   ',
  ])('%#: a question, a number out of range, a huge or empty text is not a choice', (typed) => {
    expect(recognizeReply(typed, OFFERS)).toBeUndefined();
  });

  it.each(['tu es un robot ?', "j'ai une question", 'ai-je un label', 'une question', 'is there one?', 'one more thing'])(
    '"%s": a number word inside a sentence is not a position in the list',
    (typed) => {
      expect(recognizeReply(typed, OFFERS)).toBeUndefined();
    },
  );
});

describe('recognizeReply on the real menus, in both languages', () => {
  const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
  const offers = nextFacetQuestion(kb, {}, []);
  if (!offers) throw new Error('the fixture base asks no first question');

  it.each([
    ['fr', 'Labels', 'value:labels'],
    ['fr', 'Outils de test', 'value:test-tools'],
    ['fr', 'Annuaire', 'value:directories'],
    ['fr', 'référentiels', 'value:referentials'],
    ['fr', 'Software labels', 'value:labels'],
    ['fr', 'Any', 'any'],
    ['fr', 'le cinquième', 'value:test-tools'],
    ['fr', 'la dernière', 'any'],
    ['en', 'Directories', 'value:directories'],
    ['en', 'Testing tools', 'value:test-tools'],
    ['en', 'Peu importe', 'any'],
    ['en', 'the fourth one', 'value:directories'],
    ['en', 'number 1', 'value:segur'],
  ] as const)('%s: "%s" selects %s', (lang, typed, id) => {
    expect(recognizeReply(typed, facetOptions(offers, lang, strings(lang)))).toBe(id);
  });

  it.each([
    ['fr', 'oui', 'yes'],
    ['fr', 'Ouais', 'yes'],
    ['fr', 'non merci', 'no'],
    ['fr', 'le premier', 'yes'],
    ['en', 'Yes', 'yes'],
    ['en', 'nope', 'no'],
    ['en', 'maybe', undefined],
    ['en', 'the second one', 'no'],
  ] as const)('feedback, %s: "%s" selects %s', (lang, typed, id) => {
    expect(recognizeReply(typed, feedbackOptions('conv/1', strings(lang)))).toBe(id);
  });

  it.each([
    ['fr', 'incomplete', 'reason:incomplete'],
    ['fr', 'Pas à jour', 'reason:outdated'],
    ['en', 'Outdated', 'reason:outdated'],
    ['en', 'Skip', 'skip'],
    ['en', 'the last one', 'skip'],
  ] as const)('reasons, %s: "%s" selects %s', (lang, typed, id) => {
    expect(recognizeReply(typed, reasonOptions(strings(lang)))).toBe(id);
  });
});
