/** One problem found in the package, located by the file inside the zip and a JSON pointer (or pixel) in it. */
export interface PackageIssue {
  file: string;
  path: string;
  message: string;
}

export function formatIssue(issue: PackageIssue): string {
  return `${issue.file} ${issue.path || '/'}: ${issue.message}`;
}

/** The package was assembled but does not pass the checks; nothing was written. */
export class TeamsPackageValidationError extends Error {
  constructor(readonly issues: PackageIssue[]) {
    const lines = issues.map((issue) => `  - ${formatIssue(issue)}`);
    super(`[teams-package] ${issues.length} problem(s) in the Teams app package:\n${lines.join('\n')}`);
    this.name = 'TeamsPackageValidationError';
  }
}
