import { loadInnocent, loadPlanted } from '../../bench/redaction/corpus';
import { falseRate, recall, scoreRedaction } from '../../bench/redaction/score';
import { LANGS } from '../../knowledge/types';
import { PII_PLACEHOLDERS, redactPii, type PiiKind } from '../../storage/redact';

/**
 * Quality floors on the redaction corpus (tests/storage/redaction/), slightly below what `npm run bench:redaction`
 * measures, so that a change that makes redaction worse fails here before it ships.
 */
const planted = loadPlanted();
const innocent = loadInnocent();
const scores = scoreRedaction(planted, innocent);

describe('redaction on the corpus', () => {
  it('holds at least 300 planted items of every kind in both languages, and 300 innocent sentences', () => {
    expect(scores.kinds.reduce((sum, score) => sum + score.planted, 0)).toBeGreaterThanOrEqual(300);
    expect(innocent.length).toBeGreaterThanOrEqual(300);
    for (const lang of LANGS) {
      for (const kind of Object.keys(PII_PLACEHOLDERS) as PiiKind[]) {
        expect(scores.kinds.find((score) => score.kind === kind && score.lang === lang)?.planted).toBeGreaterThan(0);
      }
    }
  });

  it.each(LANGS)('catches at least 98 %% of the planted items (%s)', (lang) => {
    expect(recall(scores.kinds.filter((score) => score.lang === lang))).toBeGreaterThanOrEqual(0.98);
  });

  it('catches at least 90 % of every kind', () => {
    const weak = scores.kinds.filter((score) => score.caught / score.planted < 0.9);
    expect(weak).toEqual([]);
  });

  it.each(LANGS)('changes at most 3 %% of the innocent sentences (%s)', (lang) => {
    expect(falseRate(scores.innocent.filter((score) => score.lang === lang))).toBeLessThanOrEqual(0.03);
  });

  it('is idempotent: a redacted text redacts to itself', () => {
    for (const text of [...planted.map((sentence) => sentence.text), ...innocent.map((sentence) => sentence.text)]) {
      const once = redactPii(text);
      expect(redactPii(once)).toBe(once);
    }
  });
});
