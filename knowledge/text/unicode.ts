/** Compatibility forms (ligatures, full-width letters, non-breaking spaces) become plain ones, apostrophes and hyphens too. */
export function normalizeCompatibility(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
}

export function normalizeCase(text: string): string {
  return text.toLowerCase();
}

export function normalizeText(text: string): string {
  return normalizeCase(normalizeCompatibility(text));
}

/** "Référencé" and "reference" must meet: users often type without accents. */
export function foldAccents(word: string): string {
  // Most words are plain ASCII already; this runs for every token indexed.
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

export function hasFrenchAccent(text: string): boolean {
  return /[àâäçéèêëîïôöùûüÿœæ]/i.test(text);
}
