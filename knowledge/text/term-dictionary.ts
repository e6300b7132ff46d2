/** Terms as dense integer ids, so that the index is built with typed arrays rather than maps of strings. */
export class TermDictionary {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}
