import { comparable } from '../text/compare';
import { applicableFacets, countFor } from '../narrow/narrowing';
import type { FacetName, FacetSelection, KnowledgeBase } from '../types';
import { topicNames, type TopicName } from './names';

/** The topics a question names: the facet values to narrow its search to, and how to say them back. */
export interface UnderstoodTopics {
  /** Facet values named or implied, as a click in the cascade would choose them; empty when none. */
  selection: FacetSelection;
  /** The names the question used, as the facets file writes them ("ROR", "Pro Santé Connect"), in order of use. */
  shown: string[];
}

interface Token {
  raw: string;
  word: string;
}

/** A value the question asks for, and where the question names it. */
interface Wish {
  value: string;
  spans: Found[];
}

interface Found {
  start: number;
  length: number;
  name: TopicName;
}

const NOTHING: UnderstoodTopics = { selection: {}, shown: [] };

function tokensOf(text: string): Token[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((raw) => ({ raw, word: comparable(raw) }));
}

function matchesAt(tokens: readonly Token[], start: number, name: TopicName): boolean {
  return name.words.every((word, offset) => {
    const token = tokens[start + offset];
    return token !== undefined && token.word === word && (!name.capitals[offset] || /\p{Lu}.*\p{Lu}/u.test(token.raw));
  });
}

/** The longest names found, none overlapping another: "Espace de Confiance PSC" wins over its "PSC". */
function longestNames(found: Found[]): Found[] {
  const kept: Found[] = [];
  for (const candidate of [...found].sort((a, b) => b.length - a.length || a.start - b.start)) {
    const end = candidate.start + candidate.length;
    const overlaps = kept.some((other) => candidate.start < other.start + other.length && other.start < end && !sameSpan(other, candidate));
    if (!overlaps) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** What to say back for one place of the question: the name as typed when the facets file writes it so ("Répertoire
 * opérationnel des ressources"), else the name it stands for ("ROR" for its expansion). */
function shownAt(spans: readonly Found[]): string {
  const literal = spans.find(({ name }) => comparable(name.shown) === name.words.join(' '));
  return (literal ?? spans[0])?.name.shown ?? '';
}

const sameSpan = (a: Found, b: Found): boolean => a.start === b.start && a.length === b.length;

/**
 * Reads which facet values a question names or implies, from the facets' labels and aliases and the lexicon: a
 * product, a programme, an acronym ("ROR", "PLATINES", "label MSP", "Pro Santé Connect"). Pure and built once per
 * base; it knows no facet by name.
 */
export class TopicReader {
  private readonly byFirstWord = new Map<string, TopicName[]>();

  constructor(private readonly kb: KnowledgeBase) {
    for (const name of topicNames(kb)) {
      const first = name.words[0];
      if (first === undefined) continue;
      this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), name]);
    }
  }

  /**
   * A facet named with two values ("ROR ou PLATINES ?") is left out; a value brings the values its facet's `when`
   * needs (a Ségur scheme implies the Ségur offer); a value that would leave no entry, or would not narrow, is left
   * out.
   */
  read(text: string): UnderstoodTopics {
    const tokens = tokensOf(text);
    const found: Found[] = [];
    tokens.forEach((token, start) => {
      for (const name of this.byFirstWord.get(token.word) ?? []) {
        if (matchesAt(tokens, start, name)) found.push({ start, length: name.words.length, name });
      }
    });
    if (found.length === 0) return NOTHING;
    const names = longestNames(found);
    const wanted = this.withConditions(this.unambiguous(names));
    const selection = this.narrowing(wanted);
    if (Object.keys(selection).length === 0) return NOTHING;
    const used = [...wanted].filter(([facet]) => selection[facet] !== undefined).flatMap(([, wish]) => wish.spans);
    const starts = [...new Set(used.map((span) => span.start))].sort((a, b) => a - b);
    const shown = starts.map((start) => shownAt(names.filter((span) => span.start === start)));
    return { selection, shown: [...new Set(shown)] };
  }

  /** One value per facet, with the names that chose it: a facet named with several values is dropped. */
  private unambiguous(names: readonly Found[]): Map<FacetName, Wish> {
    const wishes = new Map<FacetName, Wish & { values: Set<string> }>();
    for (const found of names) {
      const { name } = found;
      const wish = wishes.get(name.facet) ?? { value: name.value, spans: [], values: new Set<string>() };
      wish.values.add(name.value);
      wish.spans.push(found);
      wishes.set(name.facet, wish);
    }
    return new Map([...wishes].filter(([, wish]) => wish.values.size === 1));
  }

  /** A value brings what its facet's `when` needs (a Ségur scheme, the Ségur offer), said back by the same names. */
  private withConditions(named: Map<FacetName, Wish>): Map<FacetName, Wish> {
    const wanted = new Map(named);
    for (const facet of this.kb.facets) {
      const wish = named.get(facet.name);
      if (wish === undefined) continue;
      for (const [name, value] of Object.entries(facet.when)) {
        if (value !== undefined && !wanted.has(name)) wanted.set(name, { value, spans: wish.spans });
      }
    }
    return wanted;
  }

  /**
   * The wanted values in the facets file's order, each kept if its facet applies and some entry is left; nothing
   * when they leave every entry (a value all entries accept narrows nothing).
   */
  private narrowing(wanted: ReadonlyMap<FacetName, Wish>): FacetSelection {
    let selection: FacetSelection = {};
    for (const facet of this.kb.facets) {
      const wish = wanted.get(facet.name);
      if (wish === undefined) continue;
      const candidate = { ...selection, [facet.name]: wish.value };
      const applies = applicableFacets(this.kb, candidate).some((applicable) => applicable.name === facet.name);
      if (applies && countFor(this.kb, candidate) > 0) selection = candidate;
    }
    return countFor(this.kb, selection) < this.kb.entries.length ? selection : {};
  }
}
