import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import { ENTRY_FIELDS } from '../validate/parse-entry';
import type { KnowledgeEdit } from './edits';

type Raw = Record<string, unknown>;

/** The entry's fields in the order entry files write them (`kb:import`'s order), unknown ones last. */
function ordered(value: Raw): Raw {
  const known = ENTRY_FIELDS.filter((field) => value[field] !== undefined).map((field) => [field, value[field]] as const);
  const others = Object.entries(value).filter(([key]) => !(ENTRY_FIELDS as readonly string[]).includes(key));
  return Object.fromEntries([...known, ...others]);
}

/** A new entry file's text, as `kb:import` writes one. */
export function newEntryText(value: Raw): string {
  return stringify(ordered(value), { lineWidth: 0 });
}

/**
 * The text of an entry file after an alternate is added: the editor's file as it was (comments, quotes, layout),
 * with one more item at the end of the language's list. Undefined when the file's shape does not allow it (no map at
 * the top, alternates not a map): the caller writes the whole entry again.
 */
function withAlternateText(text: string, lang: string, alternate: string): string | undefined {
  const document = parseDocument(text);
  if (!isMap(document.contents)) return undefined;
  const alternates = document.get('alternates', true);
  if (alternates !== undefined && !isMap(alternates)) return undefined;
  const list = document.getIn(['alternates', lang], true);
  if (isSeq(list)) list.add(document.createNode(alternate));
  else if (list === undefined) document.setIn(['alternates', lang], document.createNode([alternate]));
  else return undefined;
  return document.toString({ lineWidth: 0 });
}

/**
 * The entry file's text after `edit`, whose result is `value`: an added alternate keeps the file as the editors wrote
 * it; a new or replaced entry is written whole.
 */
export function editedEntryText(edit: KnowledgeEdit, value: Raw, currentText: string | undefined): string {
  if (edit.kind === 'add-alternate' && currentText !== undefined) {
    const alternates = (value.alternates as Raw)[edit.lang] as unknown[];
    const kept = withAlternateText(currentText, edit.lang, String(alternates[alternates.length - 1]));
    if (kept !== undefined) return kept;
  }
  return newEntryText(value);
}
