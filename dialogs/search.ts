import type { Matcher } from '../knowledge';
import type { Decision, FacetSelection, Lang, MatchResult } from '../knowledge/types';

const STRENGTH: Record<Decision, number> = { fallback: 0, suggest: 1, answer: 2 };

/**
 * Searches in the conversation's language first; a question typed in the other language (an English question in a
 * French conversation) is searched there too, and the more confident result wins. Answers are then shown in the
 * conversation's language whichever index found them.
 */
export function searchQuestion(matcher: Matcher, text: string, lang: Lang, facets: FacetSelection): MatchResult {
  const primary = matcher.match({ text, lang, facets });
  if (primary.decision === 'answer') return primary;
  const detected = matcher.detectLanguage(text);
  if (detected === lang) return primary;
  const other = matcher.match({ text, lang: detected, facets });
  return STRENGTH[other.decision] > STRENGTH[primary.decision] ? other : primary;
}
