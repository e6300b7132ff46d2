import { loadDevset } from '../../../bench/devset';
import { loadKnowledgeBase, Matcher, phrasingsOf, type Entry, type KnowledgeBase } from '../../../knowledge';
import { SMALL_KB } from '../fixtures';

const kb = loadKnowledgeBase();
const matcher = new Matcher(kb);

/** Every phrasing of every entry (its question and alternates), in both languages. */
const phrasings = kb.entries.flatMap((entry) =>
  (['fr', 'en'] as const).flatMap((lang) => phrasingsOf(entry, lang).map((text) => ({ id: entry.id, lang, text }))),
);

describe('an entry’s own phrasing, typed or pasted, is answered with that entry', () => {
  it.each([
    ["Qu'est-ce que le MOS ?", 'fr'],
    ['What is the MOS?', 'en'],
  ] as const)('%s → answer mos-definition (three MOS entries score close)', (text, lang) => {
    const result = matcher.match({ text, lang });
    expect([result.decision, result.matches[0]?.id]).toEqual(['answer', 'mos-definition']);
  });

  it('answers every question and alternate of the content outright, with its own entry first', () => {
    const missed = phrasings
      .map(({ id, lang, text }) => ({ id, lang, text, result: matcher.match({ text, lang }) }))
      .filter(({ id, result }) => result.decision !== 'answer' || result.matches[0]?.id !== id)
      .map(({ id, lang, text, result }) => `${id} ${lang} "${text}" → ${result.decision} ${result.matches[0]?.id}`);
    expect(missed).toEqual([]);
  });

  it('ignores case, accents, punctuation, elisions and stopwords: the phrasing is compared after analysis', () => {
    for (const text of ['qu’est ce que le mos', 'QU’EST-CE QUE LE MOS', 'Le MOS, qu’est-ce ?']) {
      expect([text, matcher.match({ text, lang: 'fr' }).decision]).toEqual([text, 'answer']);
    }
  });

  it('needs the same words in the same order, as written: a reordering or a typo is left to the scores', () => {
    expect(matcher.candidates({ text: 'Données du ROR : comment y accéder ?', lang: 'fr' }).exact).toBeUndefined();
    expect(matcher.candidates({ text: 'Comment accéder aux données du ROR ?', lang: 'fr' }).exact?.entry).toBe(
      kb.entries.findIndex((entry) => entry.id === 'ror-data-access'),
    );
    expect(matcher.candidates({ text: "Qu'est-ce que le MSO ?", lang: 'fr' }).exact).toBeUndefined();
    expect(matcher.candidates({ text: '?!', lang: 'fr' }).exact).toBeUndefined();
  });

  it('answers outside the chosen facets, and says so', () => {
    const result = matcher.match({ text: 'What is the MOS?', lang: 'en', facets: { offer: 'labels' } });
    expect([result.decision, result.relaxed, result.matches[0]?.id]).toEqual(['answer', true, 'mos-definition']);
    const within = matcher.match({ text: 'What is the MOS?', lang: 'en', facets: { offer: 'referentials' } });
    expect([within.decision, within.relaxed, within.matches[0]?.id]).toEqual(['answer', false, 'mos-definition']);
  });

  it('is not a rule when two entries share the phrasing: the scores decide', () => {
    const small = loadKnowledgeBase(SMALL_KB);
    const shared = 'Quel financement Ségur ?';
    const withShared = (ids: readonly string[]): KnowledgeBase => ({
      ...small,
      entries: small.entries.map((entry: Entry) =>
        ids.includes(entry.id) ? { ...entry, alternates: { ...entry.alternates, fr: [...entry.alternates.fr, shared] } } : entry,
      ),
    });
    const once = new Matcher(withShared(['segur-pharmacy-funding'])).candidates({ text: shared, lang: 'fr' });
    expect(small.entries[once.exact?.entry ?? -1]?.id).toBe('segur-pharmacy-funding');
    const twice = new Matcher(withShared(['segur-pharmacy-funding', 'segur-hospital-funding']));
    expect(twice.candidates({ text: shared, lang: 'fr' }).exact).toBeUndefined();
  });

  describe('on the dev set', () => {
    const queries = [...loadDevset('fr'), ...loadDevset('en')];
    const verbatim = new Set(phrasings.map(({ lang, text }) => `${lang}:${text.trim().toLowerCase()}`));

    it('has no copy of an indexed phrasing: it holds people’s own questions', () => {
      expect(queries.filter((query) => verbatim.has(`${query.lang}:${query.text.trim().toLowerCase()}`))).toEqual([]);
    });

    it('fires only where people asked an entry’s own question in other words, and then picks the expected entry', () => {
      const hits = queries
        .map((query) => ({ query, exact: matcher.candidates({ text: query.text, lang: query.lang, facets: query.facets }).exact }))
        .filter(({ exact }) => exact !== undefined)
        .map(({ query, exact }) => [query.lang, query.text, query.expected, kb.entries[exact?.entry ?? -1]?.id]);
      expect(hits).toEqual([
        ['fr', 'MOS = ?', 'mos-definition', 'mos-definition'],
        ['en', 'what\'s MOS?', 'mos-definition', 'mos-definition'],
      ]);
    });
  });
});
