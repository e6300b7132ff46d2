import { TfIdf } from 'natural/lib/natural/tfidf';
import type { FieldDocument, FieldKind } from './fields';

/** Terms as dense integer ids, so that the index is built with typed arrays rather than maps of strings. */
export class TermDictionary {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

/** A field document as distinct term ids with their counts. */
export interface EncodedDocument {
  entry: number;
  kind: FieldKind;
  ids: number[];
  counts: number[];
}

/** Counts each document's terms with a reusable scratch array (no map per document). */
export function encodeDocuments(documents: readonly FieldDocument[], dictionary: TermDictionary): EncodedDocument[] {
  const count: number[] = [];
  const seenIn: number[] = [];
  return documents.map((document, index) => {
    const ids: number[] = [];
    for (const term of document.terms) {
      const id = dictionary.add(term);
      if (seenIn[id] !== index) {
        seenIn[id] = index;
        count[id] = 0;
        ids.push(id);
      }
      count[id] = (count[id] as number) + 1;
    }
    return { entry: document.entry, kind: document.kind, ids, counts: ids.map((id) => count[id] as number) };
  });
}

/**
 * natural's TF-IDF corpus, one document per entry (its phrasings' and answer's term counts; the question alone is
 * already among the phrasings), and each term's document frequency in entries, counted on the way.
 * natural accepts a ready term → count map as a document (the form it deserialises); a map without prototype is
 * faster to fill than the object its tokenizing path builds, and safe from terms like "constructor" (natural
 * issue #119).
 */
export function naturalCorpus(
  documents: readonly EncodedDocument[],
  dictionary: TermDictionary,
  entryCount: number,
): { tfidf: TfIdf; documentFrequency: Int32Array } {
  const documentFrequency = new Int32Array(dictionary.terms.length);
  const entryDocuments = Array.from({ length: entryCount }, () => Object.create(null) as Record<string, number>);
  for (const { entry, kind, ids, counts } of documents) {
    if (kind === 'question') continue;
    const counted = entryDocuments[entry] as Record<string, number>;
    ids.forEach((id, at) => {
      const term = dictionary.terms[id] as string;
      const before = counted[term];
      if (before === undefined) documentFrequency[id] = (documentFrequency[id] as number) + 1;
      counted[term] = (before ?? 0) + (counts[at] as number);
    });
  }
  const tfidf = new TfIdf();
  // natural's typings declare document values as strings, but it stores and reads counts.
  entryDocuments.forEach((counted, entry) => tfidf.addDocument(counted as unknown as Record<string, string>, entry));
  return { tfidf, documentFrequency };
}
