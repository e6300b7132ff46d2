import { isFunctionWordOf } from '../match/language-words';
import { comparable } from '../text/compare';
import { LANGS, type FacetName, type KnowledgeBase, type LexiconGroup } from '../types';
import { casingOf, type Casing } from './casing';

/** One way a question can name a facet value: a product, a programme, an acronym. */
export interface TopicName {
  facet: FacetName;
  value: string;
  /** The name's words, as `comparable` writes them. */
  words: string[];
  /** Per word: it names the value only typed in capitals ("NOS", not "nos logiciels"). */
  capitals: boolean[];
  /** The name as the facets file writes it, said back to the user: "ROR", "Pro Santé Connect". */
  shown: string;
}

const rawWords = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const hasTwoCapitals = (raw: string): boolean => /\p{Lu}.*\p{Lu}/u.test(raw);

/** "Annuaires (ROR)" → "Annuaires (ROR)", "Annuaires", "ROR"; "(MOS, NOS)" → "MOS", "NOS". */
export function writtenNames(label: string): string[] {
  const inside = [...label.matchAll(/\(([^)]*)\)/gu)].flatMap((match) => (match[1] ?? '').split(/,|;|\/| et | and /u));
  const outside = label.replace(/\([^)]*\)/gu, ' ').replace(/\s+/gu, ' ').trim();
  return [...new Set([label, outside, ...inside.map((part) => part.trim())])].filter(Boolean);
}

/**
 * A name rather than common words: it holds an acronym (ROR, MSSanté, e-CPS), a capitalised word after its first
 * (Pro Santé Connect), or a word the base's texts write as a name (Ségur, Convergence). "Financement" or "Labels"
 * name a theme, not a product: a question holding them is not narrowed by them.
 */
function isDistinctive(name: string, casing: Casing): boolean {
  return rawWords(name).some(
    (raw, position) =>
      hasTwoCapitals(raw) || (/^\p{Lu}/u.test(raw) && (position > 0 || casing.isName(comparable(raw)))),
  );
}

/** An acronym that is also a common word ("NOS": "nos logiciels") names the value alone only in capitals. */
function needsCapitals(word: string, writtenAsAcronym: boolean, casing: Casing): boolean {
  const common = LANGS.some((lang) => isFunctionWordOf(lang, word)) || casing.isCommonWord(word);
  return common && (writtenAsAcronym || casing.isAcronym(word));
}

function topicName(facet: FacetName, value: string, written: string, shown: string, casing: Casing): TopicName {
  const raws = rawWords(written);
  const words = raws.map(comparable);
  // A phrase of several words is specific enough whatever its case ("MOS et NOS", "répertoire de l'offre…").
  const capitals = raws.map((raw, i) => raws.length === 1 && needsCapitals(words[i] ?? '', hasTwoCapitals(raw), casing));
  return { facet, value, words, capitals, shown };
}

/** Lexicon groups whose first term (the acronym, by the lexicon's convention) the base writes as a name. */
function namedGroups(lexicon: readonly LexiconGroup[], casing: Casing, names: ReadonlySet<string>): string[][] {
  return lexicon
    .map((group) => group.terms)
    .filter(([anchor]) => anchor !== undefined && (names.has(comparable(anchor)) || casing.isName(comparable(anchor))));
}

/**
 * Every name of every facet value the base can recognise in a question: the distinctive parts of its labels and
 * aliases, and, for each, the other terms of the lexicon group it belongs to when that group's acronym is a name
 * (ROR → répertoire opérationnel des ressources; Pro Santé Connect → PSC).
 */
export function topicNames(kb: KnowledgeBase, casing: Casing = casingOf(kb)): TopicName[] {
  const names: TopicName[] = [];
  for (const facet of kb.facets) {
    for (const value of facet.values) {
      const written = [...LANGS.map((lang) => value.label[lang]), ...value.aliases].flatMap(writtenNames);
      for (const name of new Set(written)) {
        if (isDistinctive(name, casing)) names.push(topicName(facet.name, value.id, name, name, casing));
      }
    }
  }
  const known = new Set(names.map((name) => name.words.join(' ')));
  for (const terms of namedGroups(kb.lexicon, casing, known)) {
    const comparableTerms = terms.map(comparable);
    for (const name of names.filter((candidate) => comparableTerms.includes(candidate.words.join(' ')))) {
      for (const term of terms) names.push(topicName(name.facet, name.value, term, name.shown, casing));
    }
  }
  return dedupe(names);
}

function dedupe(names: readonly TopicName[]): TopicName[] {
  const seen = new Map<string, TopicName>();
  for (const name of names) {
    const key = `${name.facet}\n${name.value}\n${name.words.join(' ')}`;
    if (!seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()];
}
