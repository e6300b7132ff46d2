import type { KnowledgeBase } from '../types';

/** The base a running bot serves, and its version (0 for the base as loaded at start, before any change). */
export interface ServedKnowledge {
  readonly kb: KnowledgeBase;
  readonly version: number;
}

interface Served<Parts> extends ServedKnowledge {
  /** What the derivations built from this base (the matcher, the topics…), by derivation. */
  readonly parts: readonly Parts[];
}

/** A base with everything derived from it built, ready to be served. */
export interface PreparedKnowledge {
  readonly kb: KnowledgeBase;
  readonly parts: readonly unknown[];
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

  /**
   * Everything derived from `kb`, built off to the side while the current base is still served; throws if a
   * derivation fails on it. `serve` then swaps it in.
   */
  prepare(kb: KnowledgeBase): PreparedKnowledge {
    return { kb, parts: this.derivations.map((build) => build(kb)) };
  }

  /** Serves a prepared base from now on, as `version`, in one assignment; then tells the listeners. */
  serve(prepared: PreparedKnowledge, version: number): void {
    if (prepared.parts.length !== this.derivations.length) throw new Error('[LiveKnowledge] prepared before a derivation was added');
    this.served = { kb: prepared.kb, version, parts: prepared.parts };
    for (const listener of this.listeners) listener(this.served);
  }

  /** `prepare` then `serve`: throws (and keeps serving the old base) if a derivation fails on `kb`. */
  replace(kb: KnowledgeBase, version: number): void {
    this.serve(this.prepare(kb), version);
  }

  /** Called after each replacement; returns the function that stops it. */
  subscribe(listener: KnowledgeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
