/**
 * Splits normalised text into raw tokens: runs of letters and digits, keeping inner apostrophes and hyphens
 * (elisions and compounds are handled by their own steps). Everything else is punctuation.
 */
export function rawTokens(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{N}]+(?:['-]+[\p{L}\p{N}]+)*/gu) ?? [];
}
