/** One thing wrong in the knowledge content, located as precisely as we can. */
export interface KnowledgeProblem {
  /** Path of the file at fault (relative to the knowledge folder when inside it). */
  file: string;
  /** The entry's id, when the problem is inside an entry that has a readable id. */
  entryId?: string;
  /** Dotted path of the field at fault, e.g. `answer.en` or `facets.theme`. */
  field?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

export function formatProblem(problem: KnowledgeProblem): string {
  const where = [
    problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`,
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
