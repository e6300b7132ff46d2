import { phrasingHash, PhrasingIndex, phrasingKey } from '../../../knowledge/indexing/phrasings';

describe('PhrasingIndex', () => {
  it('names every entry that has a phrasing of a hash, each once, and no other', () => {
    const index = new PhrasingIndex([phrasingKey(5, 3), phrasingKey(6, 2), phrasingKey(5, 1), phrasingKey(5, 3), phrasingKey(4, 9)]);
    expect(index.candidates(5)).toEqual([1, 3]);
    expect(index.candidates(6)).toEqual([2]);
    expect(index.candidates(7)).toEqual([]);
  });

  it('keeps the largest hashes and entries apart exactly', () => {
    const [hash, entry] = [2 ** 30 - 1, 2 ** 23 - 1];
    const index = new PhrasingIndex([phrasingKey(hash, entry), phrasingKey(hash - 1, entry), phrasingKey(hash, 0)]);
    expect(index.candidates(hash)).toEqual([0, entry]);
    expect(index.candidates(hash - 1)).toEqual([entry]);
  });

  it('refuses an entry number a key cannot hold', () => {
    expect(() => phrasingKey(1, 2 ** 23)).toThrow(/\[PhrasingIndex\] entry 8388608/);
  });

  it('hashes term sequences in order, into 30 bits', () => {
    expect(phrasingHash([1, 2])).not.toBe(phrasingHash([2, 1]));
    for (const ids of [[], [0], [1, 2, 3], [123_456, 7]]) {
      const hash = phrasingHash(ids);
      expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 30).toBe(true);
    }
  });
});
