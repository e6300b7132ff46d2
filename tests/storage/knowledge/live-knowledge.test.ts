import { LiveKnowledge, loadKnowledgeBase, type KnowledgeBase } from '../../../knowledge';
import { FIXTURE_KNOWLEDGE } from '../../dialogs/harness';

describe('LiveKnowledge', () => {
  const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
  const smaller: KnowledgeBase = { ...kb, entries: kb.entries.slice(1) };

  it('serves derivations of the current base, rebuilt before each swap, and tells the listeners', () => {
    const live = new LiveKnowledge(kb);
    const count = live.derive((base) => base.entries.length);
    const seen: number[] = [];
    live.subscribe((served) => seen.push(served.version));
    expect(count()).toBe(9);
    live.replace(smaller, 3);
    expect([count(), live.version, live.kb]).toEqual([8, 3, smaller]);
    expect(seen).toEqual([3]);
  });

  it('keeps serving the old base when a derivation fails on the new one', () => {
    const live = new LiveKnowledge(kb);
    const first = live.derive((base) => {
      if (base.entries.length < 9) throw new Error('cannot index');
      return base.entries[0]?.id;
    });
    expect(() => live.replace(smaller, 1)).toThrow('cannot index');
    expect([first(), live.version, live.kb]).toEqual(['segur-funding-resources', 0, kb]);
  });
});
