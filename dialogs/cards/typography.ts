/** U+00A0: the space French puts before ? ! : ; and inside « », which a line must never break. */
const NO_BREAK_SPACE = '\u00a0';

/**
 * Typographic French for texts typed with a plain keyboard (the knowledge files, facet prompts): a no-break space
 * before ? ! : ; » and after «, so that no line of a narrow chat starts with "?", and ’ for apostrophes inside words.
 * Texts already typeset are left as they are; in English it changes only apostrophes ("it's" → "it’s").
 */
export function typeset(text: string): string {
  return text
    .replace(/ +([?!:;»])/g, `${NO_BREAK_SPACE}$1`)
    .replace(/« +/g, `«${NO_BREAK_SPACE}`)
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}
