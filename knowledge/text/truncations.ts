/** A truncation is at least this long: "admin", "certif", "labo"; "pro" or "doc" could begin too many words. */
const SHORTEST = 4;

/**
 * Completes a word cut short ("certif" for certificat, "homolog", "archi", "labo") into the most common word of the
 * base it begins: the base's surface forms, sorted, searched by prefix.
 */
export class Truncations {
  private readonly surfaces: string[];

  constructor(
    private readonly stemOfSurface: ReadonlyMap<string, string>,
    private readonly commonness: (stem: string) => number,
  ) {
    this.surfaces = [...stemOfSurface.keys()].sort();
  }

  /** The stem of the most common word that `prefix` begins (and is not), or undefined. */
  complete(prefix: string): string | undefined {
    if (prefix.length < SHORTEST) return undefined;
    let best: string | undefined;
    for (let at = this.firstAtLeast(prefix); at < this.surfaces.length; at += 1) {
      const surface = this.surfaces[at] as string;
      if (!surface.startsWith(prefix)) break;
      if (surface.length < prefix.length + 2) continue;
      const stem = this.stemOfSurface.get(surface) as string;
      if (best === undefined || this.commonness(stem) > this.commonness(best)) best = stem;
    }
    return best;
  }

  private firstAtLeast(key: string): number {
    let [low, high] = [0, this.surfaces.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.surfaces[middle] as string) < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
