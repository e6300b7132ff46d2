/**
 * Where something of the knowledge content comes from: a file and, within it, a line (a YAML file) or a row and a
 * column (a table: CSV, TSV, XLSX, JSON Lines).
 */
export interface SourceLocation {
  /** Path of the file (relative to the working directory when below it). */
  file: string;
  /** 1-based line of a text file. */
  line?: number;
  /** 1-based row of a table as a spreadsheet numbers it (the header row is row 1); for JSON Lines, the line. */
  row?: number;
  /** The column's header as the file writes it (a JSON Lines key). */
  column?: string;
}

/** Tells where a field of one document (an entry file, or an entry made of table rows) sits in its source. */
export interface Locator {
  /** @param field dotted path such as `answer.fr`; undefined for the document as a whole. */
  locate(field?: string): SourceLocation;
}

/** One thing wrong (or worth a warning) in the knowledge content, located as precisely as we can. */
export interface KnowledgeProblem {
  at: SourceLocation;
  /** The entry's id, when the problem is inside an entry that has a readable id. */
  entryId?: string;
  /** Dotted path of the field at fault, e.g. `answer.en` or `facets.theme`. */
  field?: string;
  message: string;
}

/** "entries/01-x.yaml:12", "faq.csv, row 7, column "Réponse"". */
export function formatLocation(at: SourceLocation): string {
  if (at.row === undefined) return at.line === undefined ? at.file : `${at.file}:${at.line}`;
  return at.column === undefined ? `${at.file}, row ${at.row}` : `${at.file}, row ${at.row}, column "${at.column}"`;
}

export function formatProblem(problem: KnowledgeProblem): string {
  const where = [
    formatLocation(problem.at),
    problem.entryId === undefined ? undefined : `entry "${problem.entryId}"`,
    problem.field === undefined ? undefined : `field "${problem.field}"`,
  ].filter((part): part is string => part !== undefined);
  return `${where.join(', ')}: ${problem.message}`;
}

/** The knowledge content is invalid; `problems` lists every problem found, not only the first. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';

  constructor(readonly problems: readonly KnowledgeProblem[]) {
    super(
      `[knowledge] ${problems.length} problem${problems.length === 1 ? '' : 's'} in the knowledge base:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
  }
}

/** A query the matcher cannot run: unknown language, facet or facet value. `field` names the culprit. */
export class QueryError extends Error {
  override readonly name = 'QueryError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`[matcher] ${field}: ${message}`);
  }
}
