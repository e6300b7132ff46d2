import { join } from 'node:path';
import { loadKnowledgeBase, Matcher } from '../../../knowledge';
import { FIXTURES } from '../fixtures';

const kb = loadKnowledgeBase(join(FIXTURES, 'kb-one-language'));
const matcher = new Matcher(kb);

describe('Matcher on entries written in one language', () => {
  it('finds an English-only entry for a French question through the English index, saying it is shown in English', () => {
    const result = matcher.match({ text: 'label renewal', lang: 'fr' });
    expect(result.lang).toBe('fr');
    expect(result.matches[0]).toMatchObject({ id: 'label-renewal', lang: 'en', question: 'How do I renew the software label?' });
  });

  it('finds a French-only entry for an English question through the French index, with its French title', () => {
    const result = matcher.match({ text: 'ROR open data', lang: 'en' });
    expect(result.matches.map((match) => [match.id, match.lang, match.question])).toEqual([
      ['ror-open-data', 'fr', 'Les données publiques du ROR sont ouvertes depuis 2022'],
    ]);
  });

  it('gives twins in the question’s language, a derived title where the question is missing', () => {
    const result = matcher.match({ text: 'hospital Ségur funding', lang: 'en' });
    expect(result.matches[0]).toMatchObject({ id: '48213', lang: 'en', question: 'The Ségur hospital corridor funds software upgrades' });
  });

  it('filters entries of the other language by the chosen facets like any other', () => {
    const filtered = matcher.candidates({ text: 'label renewal', lang: 'fr', facets: { offer: 'directories' } });
    const renewal = kb.entries.findIndex((entry) => entry.id === 'label-renewal');
    expect(filtered.filtered.map((item) => item.entry)).not.toContain(renewal);
    expect(filtered.whole?.[0]?.entry).toBe(renewal);
  });

  it('uses the base’s own thresholds', () => {
    expect(matcher.thresholds.answerScore).toBe(0.25);
  });
});
