import type { TurnContext } from 'botbuilder';
import { bestSplittingQuestion, countFor, type FacetQuestion } from '../knowledge';
import type { FacetSelection } from '../knowledge/types';
import { sessionOf, type ConversationDeps } from './deps';
import { turnLanguage, turnTranslator } from './language';
import type { QuestionRequest } from './next-step';
import { MAX_SUGGESTIONS } from './question-menus';
import { searchQuestion } from './search';
import type { Searched } from './searched';
import { startQuestion } from './session';

/**
 * Searches a question within the topics chosen for it and those it names (a named value replaces a chosen one of
 * the same facet; the named ones alone are kept when together they leave nothing). A question that is not asked
 * again (after a facet was chosen, its topics dropped, a language switch) starts anew: no answer tried yet.
 */
export async function searchWithTopics(deps: ConversationDeps, context: TurnContext, request: QuestionRequest): Promise<Searched> {
  const session = await sessionOf(deps, context);
  const named = request.topics === 'none' ? { selection: {}, shown: [] } : deps.topics.read(request.text);
  let selection: FacetSelection = { ...session.selection, ...named.selection };
  if (countFor(deps.kb, selection) === 0) selection = named.selection;
  const result = searchQuestion(deps.matcher, request.text, turnLanguage(context), selection);
  if (!request.again || !session.question) startQuestion(session, request.text, selection);
  else session.question.topics = selection;
  const chosen = Object.keys(session.selection).length > 0;
  if (result.relaxed && result.decision !== 'fallback' && chosen) await context.sendActivity(turnTranslator(context)('question.relaxed'));
  const narrowed = named.shown.length > 0 && !result.relaxed && result.decision !== 'fallback';
  return { question: request.text, selection, result, understood: narrowed ? named.shown : [], named: named.shown };
}

/** A candidate of a broad question scores at least this share of the best match: close to it, not a stray word. */
const CLOSE_TO_BEST = 0.6;

/**
 * A broad question: more candidates close to the best match than "did you mean" shows, which one facet tells apart;
 * undefined for any other.
 */
export function splitQuestion(deps: ConversationDeps, searched: Searched): FacetQuestion | undefined {
  const best = searched.result.matches[0]?.score ?? 0;
  const listed = searched.result.matches.filter((match) => match.score >= CLOSE_TO_BEST * best);
  if (listed.length <= MAX_SUGGESTIONS) return undefined;
  const candidates = listed.flatMap((match) => deps.matcher.entry(match.id) ?? []);
  return bestSplittingQuestion(deps.kb, searched.selection, candidates);
}
