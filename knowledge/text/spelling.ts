/**
 * American spellings in British form: the content is written in British English, users write either way, and
 * Porter's stemmer knows only "-ize" ("organization" → "organ", "organisation" → "organis"). "-ize", "-ization",
 * "-yze"… become "-ise", "-isation", "-yse" when at least three letters come before them, which leaves "size",
 * "prize" and "seize" alone.
 */
export function britishSpelling(word: string): string {
  return word
    .replace(/^(\p{L}{3,})iz(e|es|ed|ing|er|ers|ation|ations|able)$/u, '$1is$2')
    .replace(/^(\p{L}{2,})yz(e|es|ed|ing|er|ers)$/u, '$1ys$2');
}
