import { loadKnowledgeBase, Matcher, QueryError } from '../../../knowledge';
import { SMALL_KB } from '../fixtures';

const kb = loadKnowledgeBase();
const matcher = new Matcher(kb);

describe('Matcher on the project content', () => {
  it('ranks an entry first for its own question, in both languages', () => {
    const results = kb.entries.flatMap((entry) =>
      (['fr', 'en'] as const).map((lang) => ({ entry, lang, result: matcher.match({ text: entry.question[lang] ?? '', lang }) })),
    );
    for (const { entry, lang, result } of results) {
      expect([entry.id, lang, result.matches[0]?.id, result.decision === 'fallback']).toEqual([entry.id, lang, entry.id, false]);
    }
  });

  it.each(['NOS', 'nos', 'nos ?'])('reads "%s" alone as the acronym, not the French stopword "nos" (our)', (text) => {
    const result = matcher.match({ text, lang: 'fr' });
    expect(result.matches.length).toBeGreaterThan(0);
    for (const match of result.matches) expect(match.id).toMatch(/^mos-nos-|^mos-definition$/);
  });

  it('lists at most 5 matches, best first, with the question in the query language', () => {
    const result = matcher.match({ text: 'MOS NOS données logiciel label ROR Ségur', lang: 'fr' });
    expect(result.matches.length).toBeLessThanOrEqual(5);
    const scores = result.matches.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const match of result.matches) expect(match.question).toBe(matcher.entry(match.id)?.question.fr);
  });

  it('copes with typos and missing accents', () => {
    expect(matcher.match({ text: 'acces aux donees du ROR', lang: 'fr' }).matches[0]?.id).toBe('ror-data-access');
    expect(matcher.match({ text: 'finacement segur', lang: 'fr' }).matches[0]?.id).toBe('segur-funding-resources');
  });

  it('falls back on a question it knows nothing about, and on an empty one', () => {
    expect(matcher.match({ text: 'Quel temps fera-t-il demain à Brest ?', lang: 'fr' }).decision).toBe('fallback');
    expect(matcher.match({ text: '   ', lang: 'auto' })).toEqual({ lang: 'fr', decision: 'fallback', relaxed: false, matches: [] });
  });

  it('detects the language when asked to', () => {
    expect(matcher.match({ text: 'How can I access ROR data?', lang: 'auto' }).lang).toBe('en');
    expect(matcher.match({ text: 'Comment accéder aux données du ROR ?', lang: 'auto' }).lang).toBe('fr');
  });

  it('searches within the chosen facets, and says when it had to look in the whole base', () => {
    const within = matcher.match({ text: 'Comment accéder aux données du ROR ?', lang: 'fr', facets: { offer: 'directories' } });
    expect([within.decision, within.relaxed, within.matches[0]?.id]).toEqual(['answer', false, 'ror-data-access']);
    const relaxed = matcher.match({ text: 'Comment accéder aux données du ROR ?', lang: 'fr', facets: { offer: 'labels' } });
    expect([relaxed.decision, relaxed.relaxed, relaxed.matches[0]?.id]).toEqual(['answer', true, 'ror-data-access']);
  });

  it('keeps the filtered result when the whole base is no better', () => {
    const result = matcher.match({ text: 'Quel temps fera-t-il demain ?', lang: 'fr', facets: { offer: 'labels' } });
    expect(result).toMatchObject({ decision: 'fallback', relaxed: false });
  });

  it('rejects unknown facets, values and languages with a QueryError naming them', () => {
    expect(() => matcher.match({ text: 'ROR', lang: 'fr', facets: { couloir: 'x' } as never })).toThrow(QueryError);
    expect(() => matcher.match({ text: 'ROR', lang: 'fr', facets: { offer: 'weather' } })).toThrow(/facets\.offer/);
    expect(() => matcher.match({ text: 'ROR', lang: 'de' as never })).toThrow(/lang: unknown language "de"/);
  });

  it('finds entries by id', () => {
    expect(matcher.entry('ror-data-access')?.question.en).toBe('How can I access ROR data?');
    expect(matcher.entry('nope')).toBeUndefined();
  });
});

describe('Matcher on another knowledge folder', () => {
  const small = new Matcher(loadKnowledgeBase(SMALL_KB));

  it('uses that folder’s lexicon', () => {
    const result = small.match({ text: 'operational resources directory', lang: 'en' });
    expect(result.matches[0]?.id).toBe('ror-data-access');
    expect(small.match({ text: 'subvention officine', lang: 'fr' }).matches[0]?.id).toBe('segur-pharmacy-funding');
  });

  it('treats facet-less entries as matching any facet value', () => {
    const result = small.match({ text: 'qui contacter', lang: 'fr', facets: { offer: 'segur', corridor: 'hospital' } });
    expect(result.matches[0]?.id).toBe('any-offer-contact');
    expect(result.relaxed).toBe(false);
  });
});
