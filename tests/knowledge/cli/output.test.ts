import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { humanReport, resultLine } from '../../../knowledge/cli/output';
import type { Entry, MatchResult } from '../../../knowledge/types';

const QUESTION = { fr: 'Comment accéder aux données du ROR ?', en: 'How can I access ROR data?' };
const ENTRY: Entry = {
  id: 'ror-data-access',
  langs: ['fr', 'en'],
  facets: {},
  question: QUESTION,
  title: QUESTION,
  alternates: { fr: [], en: [] },
  answer: { fr: 'Les données publiques sont ouvertes.', en: 'Public data is open data.' },
  links: [],
  source: 'https://esante.gouv.fr/faq',
  updated: '2023-01-15',
  origin: { file: 'entries/04-ror-data-access.yaml' },
};

/** Written in French only, without a question, a source or a date. */
const FRENCH_ONLY: Entry = {
  id: 'ror-open-data',
  langs: ['fr'],
  facets: {},
  question: {},
  title: { fr: 'Les données publiques du ROR sont ouvertes' },
  alternates: { fr: [], en: [] },
  answer: { fr: 'Les données publiques du ROR sont ouvertes. Elles sont mises à jour chaque nuit.' },
  links: [],
  origin: { file: 'entries/05-ror-open-data.yaml' },
};

const OTHER = { id: 'platines-ror-tests', score: 0.2999, question: 'Comment tester mon logiciel avec le ROR grâce à PLATINES ?', lang: 'fr' as const };

function result(lang: 'fr' | 'en', decision: MatchResult['decision'], relaxed: boolean, best: Entry = ENTRY): MatchResult {
  return { lang, decision, relaxed, matches: [{ id: best.id, score: 0.61, question: best.title[lang] ?? best.title.fr ?? '', lang }, OTHER] };
}

const entry = (id: string): Entry | undefined => [ENTRY, FRENCH_ONLY].find((known) => known.id === id);

describe('ask’s readable report', () => {
  it('speaks French, with French typography and decimal commas, for a French question', () => {
    const report = humanReport(result('fr', 'answer', true), entry);
    expect(report.split('\n')).toEqual([
      '# Comment accéder aux données du ROR ?',
      '',
      'Les données publiques sont ouvertes.',
      '',
      'Source\u00a0: https://esante.gouv.fr/faq (mise à jour le 2023-01-15)',
      '',
      'Décision\u00a0: answer — réponse sûre [langue\u00a0: fr]',
      'Remarque\u00a0: rien de sûr dans les thèmes choisis\u00a0; ces réponses viennent de toute la base.',
      'Autres réponses possibles\u00a0:',
      '  0,30  platines-ror-tests — Comment tester mon logiciel avec le ROR grâce à PLATINES ?',
    ]);
  });

  it('speaks English for an English question', () => {
    const report = humanReport(result('en', 'suggest', false), entry);
    expect(report.split('\n')).toEqual([
      'Decision: suggest — close call: did you mean one of these? [language: en]',
      'Matches:',
      '  0.61  ror-data-access — How can I access ROR data?',
      `  0.30  platines-ror-tests — ${OTHER.question}`,
    ]);
  });

  it('gives an answer written only in French to an English question in French, saying so; no source line without one', () => {
    const report = humanReport(result('en', 'answer', false, FRENCH_ONLY), entry);
    expect(report.split('\n').slice(0, 5)).toEqual([
      '(This answer is only available in French.)',
      '# Les données publiques du ROR sont ouvertes',
      '',
      'Les données publiques du ROR sont ouvertes. Elles sont mises à jour chaque nuit.',
      '',
    ]);
    expect(report).not.toMatch(/Source|Updated/);
  });

  it('keeps the JSON line as it was: same keys, scores rounded to 4 decimals', () => {
    expect(JSON.parse(resultLine(result('fr', 'fallback', false)))).toEqual({
      lang: 'fr',
      decision: 'fallback',
      relaxed: false,
      matches: [
        { id: ENTRY.id, score: 0.61, question: ENTRY.question.fr },
        { id: OTHER.id, score: 0.2999, question: OTHER.question },
      ],
    });
  });

  it('has the same keys in both languages, and a no-break space before French : ; ? !', () => {
    const read = (lang: string): Record<string, unknown> =>
      JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'locales', lang, 'cli.json'), 'utf8')) as Record<string, unknown>;
    const leaves = (value: unknown, path = ''): [string, string][] =>
      typeof value === 'string' ? [[path, value]] : Object.entries(value as object).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
    const [fr, en] = [leaves(read('fr')), leaves(read('en'))];
    expect(fr.map(([key]) => key)).toEqual(en.map(([key]) => key));
    for (const [key, text] of fr) expect([key, text.replace(/\{\{[^}]*\}\}/g, '')]).not.toEqual([key, expect.stringMatching(/[^\u00a0][:;?!]/)]);
  });
});
