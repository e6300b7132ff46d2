import type { Entry } from '../../../../knowledge/types';
import { html } from '../../html';
import type { InboxGroup } from '../insights';
import type { AdminPageContext } from './shell';

export interface InboxItem {
  group: InboxGroup;
  /** The matcher's closest entries first, then the others. */
  entries: Entry[];
}

function titleOf(entry: Entry, lang: 'fr' | 'en'): string {
  return entry.title[lang] ?? entry.title.fr ?? entry.title.en ?? entry.id;
}

function groupCard(context: AdminPageContext, { group, entries }: InboxItem, index: number) {
  const { a, lang } = context;
  const date = (value: Date) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(value);
  const id = `group-${index}`;
  return html`<section class="inbox-group" aria-labelledby="${id}-title">
    <h2 id="${id}-title">« ${group.text} »</h2>
    <p class="inbox-group__meta">${a('inbox.count', { count: group.count })} · ${a('inbox.firstSeen')} ${date(group.firstSeen)} ·
      ${a('inbox.lastSeen')} ${date(group.lastSeen)} · ${group.lang.toUpperCase()}</p>
    <form data-api="/admin/api/inbox/alternate" data-done="${a('inbox.done')}">
      <input type="hidden" name="text" value="${group.text}" />
      <input type="hidden" name="lang" value="${group.lang}" />
      <input type="hidden" name="key" value="${group.key}" />
      <div class="form-field">
        <label for="${id}-entry">${a('inbox.pickerLabel')}</label>
        <select id="${id}-entry" name="entryId" aria-describedby="${id}-hint">
          ${entries.map((entry) => html`<option value="${entry.id}">${titleOf(entry, group.lang)}</option>`)}
        </select>
        <p class="form-hint" id="${id}-hint">${a('inbox.pickerHint')}</p>
      </div>
      <button class="button" type="submit">${a('inbox.addAlternate')}</button>
      <p class="status" role="status" aria-live="polite"></p>
    </form>
    <form data-api="/admin/api/inbox/dismiss" data-done="${a('inbox.dismissed')}">
      <input type="hidden" name="key" value="${group.key}" />
      <button class="button button--secondary" type="submit">${a('inbox.dismiss')}</button>
      <p class="status" role="status" aria-live="polite"></p>
    </form>
  </section>`;
}

/** The review inbox: each group of unanswered questions with its actions. */
export function inboxBody(context: AdminPageContext, items: InboxItem[]) {
  const { a } = context;
  return html`<h1>${a('inbox.title')}</h1>
    <p class="lead">${a('inbox.intro')}</p>
    ${items.length === 0 ? html`<p>${a('inbox.empty')}</p>` : items.map((item, index) => groupCard(context, item, index))}`;
}
