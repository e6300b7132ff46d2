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

  /** Whether these tokens are exactly one of the lexicon's terms. */
  has(tokens: readonly string[]): boolean {
    const phrases = this.byFirstToken.get(tokens[0] ?? '') ?? [];
    return phrases.some((phrase) => phrase.tokens.length === tokens.length && startsAt(tokens, 0, phrase.tokens));
  }

  /** The tokens followed by the group tokens of the longest phrases found, left to right. */
  expand(tokens: string[]): string[] {
    let added: string[] | undefined;
    for (let start = 0; start < tokens.length; ) {
      const phrases = this.byFirstToken.get(tokens[start] as string);
      const phrase = phrases?.find((candidate) => startsAt(tokens, start, candidate.tokens));
      if (phrase === undefined) start += 1;
      else {
        (added ??= []).push(...phrase.groups);
        start += phrase.tokens.length;
      }
    }
    // Most texts contain no lexicon term: give the same array back rather than a copy.
    return added === undefined ? tokens : [...tokens, ...added];
  }
}

function startsAt(tokens: readonly string[], start: number, phrase: readonly string[]): boolean {
  if (start + phrase.length > tokens.length) return false;
  return phrase.every((token, offset) => tokens[start + offset] === token);
}
