import type { TurnContext } from 'botbuilder';
import { quotedList } from './cards/topics-line';
import { agencyOffer, topicLabels } from './contact';
import { sessionOf, type ConversationDeps } from './deps';
import { recordUnanswered } from './feedback';
import { turnLanguage, turnTranslator } from './language';
import type { Searched } from './searched';
import { resetCascade } from './session';

/**
 * Nothing helped: record the question for the editors, say so, and offer to rephrase, to browse what the fallback
 * names — the topics the question was searched in, shown below by the cascade, or all topics when it had none —
 * and to write to the agency.
 */
export async function giveUp(deps: ConversationDeps, context: TurnContext, searched: Searched): Promise<void> {
  const session = await sessionOf(deps, context);
  const lang = turnLanguage(context);
  await recordUnanswered(deps, context, {
    lang,
    facets: { ...searched.selection },
    decision: searched.result.decision,
    matchScore: searched.result.matches[0]?.score ?? null,
    question: searched.question,
  });
  const t = turnTranslator(context);
  const topics = Object.keys(searched.selection).length > 0;
  if (topics) {
    session.selection = { ...searched.selection };
    session.asked = [];
  } else {
    resetCascade(session);
  }
  const names = searched.named.length > 0 ? searched.named : topicLabels(deps.kb, searched.selection, lang);
  const browse = topics ? t('question.fallbackTopics', { count: names.length, topics: quotedList(names, lang, t) }) : t('question.fallbackOptions');
  const lines = [t('question.fallback'), browse, await agencyOffer(deps, context)];
  await context.sendActivity(lines.filter((line) => line !== undefined).join('\n\n'));
}
