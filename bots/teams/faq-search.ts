import {
  CardFactory,
  type Attachment,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
} from 'botbuilder';
import { answerFor, shownLanguage, titleFor, type Entry, type KnowledgeBase, type Lang, type Matcher } from '../../knowledge';
import { translator } from '../../locales';

/** The message extension's query parameter (`channels/teams/package/manifest.ts`). */
const QUERY_PARAMETER = 'query';
const MAX_RESULTS = 8;
const MAX_QUERY_LENGTH = 500;

export interface FaqSearchDeps {
  kb: KnowledgeBase;
  matcher: Matcher;
}

/** What the user typed in the compose box's search; empty on the first open (`initialRun`). */
export function searchText(query: MessagingExtensionQuery): string {
  const parameter = query.parameters?.find((candidate) => candidate.name === QUERY_PARAMETER);
  const value: unknown = parameter?.value;
  return typeof value === 'string' ? value.trim().slice(0, MAX_QUERY_LENGTH) : '';
}

/** The entries found for the text, best first; with no text, the first entries of the base. */
function foundEntries(deps: FaqSearchDeps, text: string, lang: Lang): Entry[] {
  if (!text) return deps.kb.entries.slice(0, MAX_RESULTS);
  const result = deps.matcher.match({ text, lang });
  if (result.decision === 'fallback') return [];
  return result.matches.map((match) => deps.matcher.entry(match.id)).filter((entry): entry is Entry => entry !== undefined);
}

/** One result: a preview (title and first words) and the Adaptive Card inserted into the chat. */
function resultCard(entry: Entry, lang: Lang): Attachment {
  const shown = shownLanguage(entry, lang);
  const title = titleFor(entry, shown).trim();
  const text = answerFor(entry, shown).trim();
  const t = translator(lang, 'teams');
  const actions = entry.source ? [{ type: 'Action.OpenUrl', title: t('messageExtension.openSource'), url: entry.source }] : [];
  const card = CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    version: '1.5',
    lang: shown,
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text, wrap: true },
    ],
    actions,
  });
  const snippet = text.replace(/[*_[\]()#>]/g, '').slice(0, 120);
  return { ...card, preview: CardFactory.thumbnailCard(title, snippet) } as Attachment;
}

/** The answer to Teams' `composeExtension/query`: FAQ answers as cards, in the user's language. */
export function searchFaq(deps: FaqSearchDeps, query: MessagingExtensionQuery, lang: Lang): MessagingExtensionResponse {
  const attachments = foundEntries(deps, searchText(query), lang).map((entry) => resultCard(entry, lang));
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}
