import type { Lang } from '../types';

/** Pronouns glued by inversion ("peut-on", "a-t-il", "pouvez-vous", "can't-we"…) carry no meaning. */
const FRENCH_INVERSION = new Set(['t', 'je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ce', 'moi', 'le', 'la', 'les', 'y', 'en']);

/**
 * "médico-social" → médico, social. A short first part marks a prefix or an acronym: the joined form is kept too,
 * so "e-santé" also gives "esanté" and "SUN-ES" gives "sunes", and users may write either.
 * `isStopword` keeps "est-ce" or "au-delà" from producing a joined noise word (a single letter, as in "e-",
 * is always a prefix).
 */
export function splitHyphens(token: string, lang: Lang, isStopword: (word: string) => boolean): string[] {
  if (!token.includes('-')) return [token];
  let parts = token.split('-').filter((part) => part !== '');
  if (lang === 'fr') {
    while (parts.length > 1 && FRENCH_INVERSION.has(parts[parts.length - 1] ?? '')) parts = parts.slice(0, -1);
  }
  const first = parts[0] ?? '';
  const prefix = first.length === 1 || (first.length <= 3 && !isStopword(first));
  const joined = parts.length > 1 && prefix ? [parts.join('')] : [];
  return [...parts, ...joined];
}
