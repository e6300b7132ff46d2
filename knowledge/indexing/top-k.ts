export interface Ranked {
  entry: number;
  score: number;
}

function before(a: Ranked, b: Ranked): boolean {
  return a.score > b.score || (a.score === b.score && a.entry < b.entry);
}

/** Keeps the k best items seen so far (best first, equal scores by entry order) without sorting them all. */
export class TopK {
  readonly items: Ranked[] = [];

  constructor(private readonly k: number) {}

  offer(entry: number, score: number): void {
    const item = { entry, score };
    const last = this.items[this.k - 1];
    if (last !== undefined && !before(item, last)) return;
    let at = this.items.length;
    while (at > 0 && before(item, this.items[at - 1] as Ranked)) at -= 1;
    this.items.splice(at, 0, item);
    if (this.items.length > this.k) this.items.pop();
  }
}
