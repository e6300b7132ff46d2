import type { KnowledgeBase } from '../types';

/** The base a running bot serves, and its version (0 for the base as loaded at start, before any change). */
export interface ServedKnowledge {
  readonly kb: KnowledgeBase;
  readonly version: number;
}

interface Served<Parts> extends ServedKnowledge {
  /** What the derivations built from this base (the matcher, the topics…), by derivation. */
  readonly parts: Parts[];
}

export type KnowledgeListener = (served: ServedKnowledge) => void;

/**
 * The knowledge a running bot serves, replaceable while it runs: readers take `current` (or a derivation's accessor)
 * at each use, and `replace` swaps in a new base only once everything derived from it (indexes, matchers) is built,
 * in one assignment. A derivation that throws leaves the base served as it was.
 */
export class LiveKnowledge {
  private served: Served<unknown>;
  private readonly derivations: Array<(kb: KnowledgeBase) => unknown> = [];
  private readonly listeners = new Set<KnowledgeListener>();

  constructor(kb: KnowledgeBase, version = 0) {
    this.served = { kb, version, parts: [] };
  }

  get current(): ServedKnowledge {
    return this.served;
  }

  get kb(): KnowledgeBase {
    return this.served.kb;
  }

  get version(): number {
    return this.served.version;
  }

  /**
   * Something built from the base (a `Matcher`, a `TopicReader`…), built now for the current base and again, before
   * the swap, for every base that replaces it. The accessor returns the one of the base served at the call.
   */
  derive<T>(build: (kb: KnowledgeBase) => T): () => T {
    const index = this.derivations.length;
    this.derivations.push(build);
    this.served = { ...this.served, parts: [...this.served.parts, build(this.served.kb)] };
    return () => this.served.parts[index] as T;
  }

  /** Serves `kb` from now on, as `version`; throws (and keeps serving the old base) if a derivation fails on it. */
  replace(kb: KnowledgeBase, version: number): void {
    const parts = this.derivations.map((build) => build(kb));
    this.served = { kb, version, parts };
    for (const listener of this.listeners) listener(this.served);
  }

  /** Called after each replacement; returns the function that stops it. */
  subscribe(listener: KnowledgeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
