import type { Matcher } from '../knowledge';
import type { Entry } from '../knowledge/types';
import type { AnswerRequest } from './next-step';

/** After a "No", at most this many other answers are offered. */
export const MAX_ALTERNATIVES = 3;

/**
 * The other answers worth offering after a "No": the search's next best that the matcher would have suggested
 * itself (a score of at least its `suggestScore`: below, an entry shares little more than a word with the question),
 * or the other questions of the cascade's list, which are the chosen facets' entries. Never filled up with the rest
 * of the base: an unrelated answer helps nobody, the agency's contact does.
 */
export function nextBestAnswers(request: AnswerRequest, matcher: Matcher): Entry[] {
  const minimum = matcher.thresholds.suggestScore;
  return request.alternatives
    .filter(({ entryId, score }) => entryId !== request.entryId && (score === null || score >= minimum))
    .map(({ entryId }) => matcher.entry(entryId))
    .filter((entry) => entry !== undefined)
    .slice(0, MAX_ALTERNATIVES);
}
