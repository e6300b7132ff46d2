import { loadKnowledgeBase, textsOf } from '../../../knowledge';
import { TokenScanner } from '../../../knowledge/text/token-scanner';
import { rawTokens } from '../../../knowledge/text/tokenize';
import { normalizeCompatibility } from '../../../knowledge/text/unicode';
import { loadDevset } from '../../../bench/devset';

/** What the analyser used to do, and must still give: normalise the whole text, then cut it into tokens. */
const expected = (text: string): string[] => rawTokens(normalizeCompatibility(text));

function scanned(scanner: TokenScanner<string>, text: string): string[] {
  const count = scanner.scan(text);
  return scanner.readings.slice(0, count);
}

/** Pieces that stress the tokeniser: elisions, compounds, typographic and full-width forms, ligatures, marks… */
const PIECES = [
  'a', 'é', 'Z', '7', 'ab', 'ROR', 'données', 'œuvre', ' ', '  ', '\n', ',', '.', '?', ' ?', '\u00a0', '\u202f', '…',
  "'", '’', 'ʼ', '`', '´', '＇', '-', '‐', '‑', '－', '--', "l'", 'qu’', 'e-', '-santé', 'ﬁ', 'Ｒ', 'ｏ', '²', '½', 'Ⓐ',
  'ª', 'e\u0301', '\u0301', '😀', '𝐀', 'ᄀ', 'ᅡ', 'ㄱ', '가', '\u00ad', '_', '/', '⁄', '#', 'İ', 'ß', 'Σ',
];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

describe('TokenScanner', () => {
  const scanner = new TokenScanner<string>(normalizeCompatibility, 100_000);

  it('cuts random texts exactly as normalising then tokenising does', () => {
    const random = seeded(3);
    for (let i = 0; i < 3000; i += 1) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
      expect([text, scanned(scanner, text)]).toEqual([text, expected(text)]);
    }
  });

  it('cuts the project content and the dev set exactly as normalising then tokenising does', () => {
    const kb = loadKnowledgeBase();
    const texts = kb.entries.flatMap((entry) =>
      (['fr', 'en'] as const).flatMap((lang) => textsOf(entry, lang)),
    );
    for (const text of [...texts, ...loadDevset('fr').map((query) => query.text), ...loadDevset('en').map((query) => query.text)]) {
      expect([text, scanned(scanner, text)]).toEqual([text, expected(text)]);
    }
  });

  it('reads each distinct token once, and starts afresh when full', () => {
    const read: string[] = [];
    const small = new TokenScanner<string>((token) => {
      read.push(token);
      return token.toUpperCase();
    }, 3);
    expect(scanned(small, 'un deux un, deux trois')).toEqual(['UN', 'DEUX', 'UN', 'DEUX', 'TROIS']);
    expect(read).toEqual(['un', 'deux', 'trois']);
    expect(scanned(small, 'quatre un')).toEqual(['QUATRE', 'UN']);
    expect(read).toEqual(['un', 'deux', 'trois', 'quatre', 'un']);
  });
});
