import { deriveTitle } from '../entry/title';
import { fingerprint, slug } from '../import/keys';
import { comparable } from '../text/compare';
import { LANGS } from '../types';
import type { EditProblem, EntryDraft, KnowledgeEdit } from './edits';

type Raw = Record<string, unknown>;

/** What an edit makes of an entry's document: the new raw value (to validate and write), or why it cannot apply. */
export type EditedValue = { entryId: string; value: Raw; changed: boolean } | { problems: EditProblem[] };

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where a problem of a change that has no file yet sits: the knowledge folder, the entry, the field. */
function refused(dir: string, field: string, message: string, entryId?: string): { problems: EditProblem[] } {
  return { problems: [{ at: { file: dir }, ...(entryId === undefined ? {} : { entryId }), field, message }] };
}

/** The id of a draft that has none, made from its content as `kb:import` makes one ("obtenir-le-label-3fa9c1"). */
export function draftId(draft: EntryDraft): string {
  const lang = LANGS.find((one) => typeof draft.answer?.[one] === 'string') ?? 'fr';
  const answer = String(draft.answer?.[lang] ?? '');
  const title = draft.question?.[lang] ?? deriveTitle(answer);
  return `${slug(title, 5) || 'entry'}-${fingerprint(`${lang}\n${answer.replace(/\s+/gu, ' ')}`)}`;
}

function withAlternate(dir: string, current: Raw, lang: unknown, text: unknown, entryId: string): EditedValue {
  if (typeof lang !== 'string' || !(LANGS as readonly string[]).includes(lang)) {
    return refused(dir, 'lang', `unknown language ${JSON.stringify(lang)} (expected ${LANGS.join(', ')})`, entryId);
  }
  const alternates = isRecord(current.alternates) ? current.alternates : {};
  const list = Array.isArray(alternates[lang]) ? (alternates[lang] as unknown[]) : [];
  const question = isRecord(current.question) ? current.question[lang] : undefined;
  const known = [...list, question].filter((item): item is string => typeof item === 'string').map(comparable);
  if (typeof text === 'string' && text.trim() !== '' && known.includes(comparable(text))) return { entryId, value: current, changed: false };
  const added = typeof text === 'string' ? text.trim() : text;
  return { entryId, value: { ...current, alternates: { ...alternates, [lang]: [...list, added] } }, changed: true };
}

function draftValue(dir: string, draft: unknown, id: string): EditedValue {
  if (!isRecord(draft)) return refused(dir, 'draft', 'must be an entry: { answer, question?, alternates?, facets?, links?, source?, updated? }', id);
  if (draft.id !== undefined && draft.id !== id) return refused(dir, 'id', `the draft's id "${String(draft.id)}" is not the entry's ("${id}")`, id);
  return { entryId: id, value: { ...draft, id }, changed: true };
}

/**
 * The raw document an edit makes, from the current document of its entry (`current(id)`, undefined when no entry
 * has that id). Nothing here validates the entry itself: `validateKnowledge` does, on the base it would make.
 */
export function editedValue(dir: string, edit: KnowledgeEdit, current: (id: string) => Raw | undefined): EditedValue {
  if (edit.kind === 'create-entry') {
    if (!isRecord(edit.draft)) return draftValue(dir, edit.draft, '');
    const id = typeof edit.draft.id === 'string' && edit.draft.id !== '' ? edit.draft.id : draftId(edit.draft);
    if (current(id) !== undefined) return refused(dir, 'id', `duplicate id: an entry "${id}" already exists`, id);
    return draftValue(dir, edit.draft, id);
  }
  const existing = current(edit.entryId);
  if (existing === undefined) return refused(dir, 'entryId', `no entry has the id "${String(edit.entryId)}"`, String(edit.entryId));
  if (edit.kind === 'add-alternate') return withAlternate(dir, existing, edit.lang, edit.text, edit.entryId);
  return draftValue(dir, edit.draft, edit.entryId);
}
