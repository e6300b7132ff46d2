import { queryTerms, readGolden } from './golden';

describe.each(['fr', 'en'] as const)('%s analyser golden file', (lang) => {
  const golden = readGolden(lang);
  const terms = queryTerms(lang, golden);

  it('has cases', () => {
    expect(golden.cases.length).toBeGreaterThan(10);
  });

  it.each(golden.cases.map((item) => [item.line, item.input, item.expected] as const))('line %i: %s', (_line, input, expected) => {
    expect(terms(input)).toBe(expected);
  });
});
