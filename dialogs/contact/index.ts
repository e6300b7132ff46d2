import type { TurnContext } from 'botbuilder';
import { titleFor } from '../../knowledge';
import type { FacetSelection, KnowledgeBase, Lang } from '../../knowledge/types';
import { sessionOf, type ConversationDeps } from '../deps';
import { turnLanguage, turnTranslator } from '../language';
import type { Session } from '../session';
import { writeToAgency, type AgencyDraft } from './agency-message';

export { isPersonRequest } from './person-request';
export { agencyLink, agencyMessage, writeToAgency, type AgencyDraft } from './agency-message';

/** The labels of a selection's values in `lang`, in the facets file's order. */
export function topicLabels(kb: KnowledgeBase, selection: FacetSelection, lang: Lang): string[] {
  return kb.facets.flatMap((facet) => {
    const value = facet.values.find((candidate) => candidate.id === selection[facet.name]);
    return value ? [value.label[lang]] : [];
  });
}

/** What the message to the agency says about the conversation: its last question, topics and answers tried. */
export function draftFrom(session: Session, kb: KnowledgeBase, lang: Lang): AgencyDraft {
  const question = session.question;
  const tried = (question?.tried ?? []).flatMap((id) => {
    const entry = kb.entries.find((candidate) => candidate.id === id);
    return entry ? [titleFor(entry, lang)] : [];
  });
  return { question: question?.text, topics: topicLabels(kb, question?.topics ?? session.selection, lang), tried };
}

/** "Write to the agency", ready for this conversation, in the turn's language; undefined without a contact. */
export async function agencyOffer(deps: ConversationDeps, context: TurnContext): Promise<string | undefined> {
  const session = await sessionOf(deps, context);
  return writeToAgency(deps.contact, draftFrom(session, deps.kb, turnLanguage(context)), turnTranslator(context));
}
