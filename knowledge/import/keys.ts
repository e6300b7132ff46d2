import { foldAccents, normalizeText } from '../text/unicode';

/** How two names are compared: case, accents, apostrophes, underscores and spacing aside ("Mise_à_jour" = "mise a jour"). */
export function matchKey(text: string): string {
  return foldAccents(normalizeText(text)).replace(/[_\s]+/gu, ' ').trim();
}

/** A kebab-case identifier from a text, cut after `maxWords` words: "Pro Santé Connect" → "pro-sante-connect". */
export function slug(text: string, maxWords = 8): string {
  const words = matchKey(text).split(/[^a-z0-9]+/u).filter((word) => word !== '');
  return words.slice(0, maxWords).join('-');
}

/** FNV-1a, 32 bits, as 6 hex digits: a short, stable fingerprint of a text (not a secret). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at += 1) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193) >>> 0;
  return (hash >>> 8).toString(16).padStart(6, '0');
}
