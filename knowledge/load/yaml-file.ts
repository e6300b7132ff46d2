import { readFileSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { KnowledgeProblem } from '../errors';

/** A parsed YAML file that can tell on which line a field sits, for error messages. */
export interface YamlFile {
  /** The file as shown in messages: relative to the working directory when below it. */
  displayName: string;
  absolutePath: string;
  value: unknown;
  lineOf(field: string | undefined): number | undefined;
}

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

/** Reads and parses a YAML file; syntax errors (with their line) go to `problems` and yield undefined. */
export function readYamlFile(absolutePath: string, problems: KnowledgeProblem[]): YamlFile | undefined {
  const displayName = displayPath(absolutePath);
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch (error) {
    problems.push({ file: displayName, message: `cannot read the file (${(error as Error).message})` });
    return undefined;
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line;
      const firstLine = error.message.split('\n')[0] ?? error.message;
      problems.push({ file: displayName, line, message: `YAML syntax error: ${firstLine}` });
    }
    return undefined;
  }
  return { displayName, absolutePath, value: document.toJS() as unknown, lineOf: lineFinder(document, lines) };
}
