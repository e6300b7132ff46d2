/**
 * Acronym and synonym groups, as token sequences. A query or document containing any term of a group also gets
 * the group's own token ("#ror"), which is what the terms share: "ROR" then meets "répertoire opérationnel des
 * ressources" in the vector space without every word of every expansion diluting the vector.
 */
export class PhraseLexicon {
  /** Phrases by their first token, longest first, each with the group tokens it brings. */
  private readonly byFirstToken = new Map<string, { tokens: readonly string[]; groups: string[] }[]>();

  /** @param groups each group's terms, already analysed into token sequences (same pipeline as the text). */
  constructor(groups: readonly (readonly (readonly string[])[])[]) {
    for (const terms of groups) {
      const groupToken = `#${(terms[0] ?? []).join('_')}`;
      for (const tokens of terms) if (tokens.length > 0) this.addPhrase(tokens, groupToken);
    }
    for (const phrases of this.byFirstToken.values()) phrases.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  private addPhrase(tokens: readonly string[], groupToken: string): void {
    const first = tokens[0] as string;
    const phrases = this.byFirstToken.get(first) ?? [];
    const same = phrases.find((phrase) => phrase.tokens.join(' ') === tokens.join(' '));
    if (same === undefined) phrases.push({ tokens, groups: [groupToken] });
    else if (!same.groups.includes(groupToken)) same.groups.push(groupToken);
    this.byFirstToken.set(first, phrases);
  }

  /** Whether some phrase starts with this token: texts without any such token need no search. */
  startsPhrase(token: string): boolean {
    return this.byFirstToken.has(token);
  }

  /** Whether these tokens are exactly one of the lexicon's terms. */
  has(tokens: readonly string[]): boolean {
    const phrases = this.byFirstToken.get(tokens[0] ?? '') ?? [];
    return phrases.some((phrase) => phrase.tokens.length === tokens.length && startsAt(tokens, 0, phrase.tokens));
  }

  /**
   * The group tokens of the longest phrases found, left to right; undefined when there is none.
   * @param length how many of `tokens` to search.
   * @param starts where phrases may start (ascending), when known: the tokens for which `startsPhrase` holds.
   */
  groupTokens(tokens: readonly string[], length = tokens.length, starts?: readonly number[], startCount = starts?.length): string[] | undefined {
    let found: string[] | undefined;
    let free = 0;
    const count = startCount ?? length;
    for (let at = 0; at < count; at += 1) {
      const start = starts === undefined ? at : (starts[at] as number);
      if (start < free) continue;
      const phrase = this.longestAt(tokens, start, length);
      if (phrase === undefined) continue;
      found ??= [];
      for (const group of phrase.groups) found.push(group);
      free = start + phrase.tokens.length;
    }
    return found;
  }

  private longestAt(tokens: readonly string[], start: number, length: number): { tokens: readonly string[]; groups: string[] } | undefined {
    const phrases = this.byFirstToken.get(tokens[start] as string);
    if (phrases === undefined) return undefined;
    for (const phrase of phrases) if (startsAt(tokens, start, phrase.tokens, length)) return phrase;
    return undefined;
  }

  /** The tokens followed by the group tokens of the longest phrases found, left to right. */
  expand(tokens: string[]): string[] {
    const found = this.groupTokens(tokens);
    // Most texts contain no lexicon term: give the same array back rather than a copy.
    return found === undefined ? tokens : [...tokens, ...found];
  }
}

function startsAt(tokens: readonly string[], start: number, phrase: readonly string[], length = tokens.length): boolean {
  if (start + phrase.length > length) return false;
  for (let offset = 0; offset < phrase.length; offset += 1) if (tokens[start + offset] !== phrase[offset]) return false;
  return true;
}
