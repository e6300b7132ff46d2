import { readFileSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { KnowledgeProblem } from '../errors';
import type { SourceDocument } from '../validate/validate-knowledge';

export function displayPath(absolutePath: string): string {
  const fromCwd = relative(process.cwd(), absolutePath);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absolutePath : fromCwd;
}

function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function lineFinder(document: Document, lines: LineCounter): (field: string | undefined) => number | undefined {
  return (field) => {
    // A missing field has no node: point at its closest existing parent instead.
    for (let path = field === undefined ? [] : fieldPath(field); path.length > 0; path = path.slice(0, -1)) {
      const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
      if (node?.range !== undefined) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/**
 * Reads and parses a YAML file into a document whose fields are located by line; syntax errors (with their line) go
 * to `problems` and yield undefined.
 */
export function readYamlFile(absolutePath: string, problems: KnowledgeProblem[]): SourceDocument | undefined {
  const file = displayPath(absolutePath);
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch (error) {
    problems.push({ at: { file }, message: `cannot read the file (${(error as Error).message})` });
    return undefined;
  }
  return parseYamlText(text, absolutePath, problems);
}

/** Parses the text of a YAML file (read, or about to be written) as `readYamlFile` does. */
export function parseYamlText(text: string, absolutePath: string, problems: KnowledgeProblem[]): SourceDocument | undefined {
  const file = displayPath(absolutePath);
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line;
      const firstLine = error.message.split('\n')[0] ?? error.message;
      problems.push({ at: { file, line }, message: `YAML syntax error: ${firstLine}` });
    }
    return undefined;
  }
  const lineOf = lineFinder(document, lines);
  return { value: document.toJS() as unknown, locator: { locate: (field) => ({ file, line: lineOf(field) }) } };
}
