import { DEFAULT_THRESHOLDS } from '../knowledge/match/thresholds';
import { LANGS, type Entry, type KnowledgeBase, type Lang } from '../knowledge/types';

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same bases. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES: Record<Lang, readonly string[]> = {
  fr: ['ré', 'fé', 'ren', 'ce', 'ment', 'don', 'nées', 'lo', 'gi', 'ciel', 'tion', 'san', 'té', 'pro', 'duit', 'ser', 'vi',
    'ca', 'tal', 'o', 'gue', 'é', 'di', 'teur', 'in', 'ter', 'nu', 'mé', 'rique', 'ac', 'cès', 'ges', 'pa', 'tient', 'mo', 'dule'],
  en: ['re', 'fer', 'ence', 'ment', 'da', 'ta', 'soft', 'ware', 'tion', 'health', 'pro', 'duct', 'ser', 'vice', 'cat', 'a',
    'logue', 'ven', 'dor', 'in', 'ter', 'dig', 'it', 'al', 'ac', 'cess', 'man', 'age', 'pa', 'tient', 'mod', 'ule'],
};

const FUNCTION_WORDS: Record<Lang, readonly string[]> = {
  fr: ['le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'pour', 'dans', 'avec', 'sur', 'est', 'et', 'comment', 'quel'],
  en: ['the', 'a', 'of', 'to', 'for', 'in', 'with', 'on', 'is', 'and', 'how', 'what', 'can', 'my', 'our', 'do'],
};

/** A vocabulary of made-up content words from syllables, drawn with a Zipf-like skew as in real text. */
export class SyntheticLanguage {
  readonly words: string[];

  constructor(
    readonly lang: Lang,
    size: number,
    private readonly random: () => number,
  ) {
    const words = new Set<string>();
    const syllables = SYLLABLES[lang];
    while (words.size < size) {
      const count = 2 + Math.floor(random() * 3);
      words.add(Array.from({ length: count }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
    }
    this.words = [...words];
  }

  contentWord(): string {
    return this.words[Math.floor(this.random() ** 2.2 * this.words.length)] as string;
  }

  sentence(length: number): string {
    const functionWords = FUNCTION_WORDS[this.lang];
    return Array.from({ length }, () =>
      this.random() < 0.35 ? functionWords[Math.floor(this.random() * functionWords.length)] : this.contentWord(),
    ).join(' ');
  }
}

function between(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function localizedSentences(languages: Record<Lang, SyntheticLanguage>, random: () => number, low: number, high: number) {
  return { fr: languages.fr.sentence(between(random, low, high)), en: languages.en.sentence(between(random, low, high)) };
}

/** A base of `size` entries shaped like the real ones: a question, five alternates, a paragraph of answer. */
export function syntheticBase(size: number, seed = 42): KnowledgeBase {
  const random = seededRandom(seed);
  const vocabulary = Math.round(800 + Math.sqrt(size) * 60);
  const languages = { fr: new SyntheticLanguage('fr', vocabulary, random), en: new SyntheticLanguage('en', vocabulary, random) };
  const entries: Entry[] = Array.from({ length: size }, (_, index) => {
    const alternates = Array.from({ length: 5 }, () => localizedSentences(languages, random, 5, 12));
    const question = localizedSentences(languages, random, 6, 12);
    return {
      id: `synthetic-${index}`,
      langs: LANGS,
      facets: {},
      question,
      title: question,
      alternates: { fr: alternates.map((pair) => pair.fr), en: alternates.map((pair) => pair.en) },
      answer: localizedSentences(languages, random, 40, 90),
      links: [],
      source: 'https://example.org/faq',
      updated: '2024-01-01',
      origin: { file: `synthetic/${index}.yaml` },
    };
  });
  const lexicon = syntheticLexicon(languages, random, Math.min(100, Math.ceil(size / 10)));
  return { dir: 'synthetic', entries, facets: [], lexicon, calibration: { thresholds: { ...DEFAULT_THRESHOLDS } } };
}

/** Synonym groups of two or three words, some multi-word, from the middle of the frequency range. */
function syntheticLexicon(languages: Record<Lang, SyntheticLanguage>, random: () => number, groups: number): KnowledgeBase['lexicon'] {
  return (['fr', 'en'] as const).flatMap((lang) =>
    Array.from({ length: groups }, () => {
      const word = (): string => languages[lang].words[50 + Math.floor(random() * 1000)] as string;
      return { lang, terms: [word(), `${word()} ${word()}`, ...(random() < 0.5 ? [word()] : [])] };
    }),
  );
}

/** A user-like query for an entry: some of its question's words, shuffled, one maybe misspelt, one stray word. */
export function syntheticQuery(base: KnowledgeBase, entry: number, lang: Lang, random: () => number): string {
  const words = ((base.entries[entry] as Entry).question[lang] ?? '').split(' ');
  const kept = words.filter(() => random() < 0.7);
  const chosen = (kept.length > 1 ? kept : words).sort(() => random() - 0.5);
  const typoAt = Math.floor(random() * chosen.length);
  const word = chosen[typoAt] ?? '';
  if (random() < 0.3 && word.length >= 6) chosen[typoAt] = word.slice(0, 2) + (word[3] ?? '') + (word[2] ?? '') + word.slice(4);
  const stray = ((base.entries[Math.floor(random() * base.entries.length)] as Entry).answer[lang] ?? '').split(' ')[0] ?? '';
  return [...chosen, stray].join(' ');
}
