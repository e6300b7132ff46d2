import type { ErrorObject } from 'ajv';
import type { PackageIssue } from './errors';
import { PACKAGE_FILES } from './layout';
import { teamsSchemas, type Validator } from './schemas';
import { stringsByPath } from './string-paths';

export interface ValidationResult {
  valid: boolean;
  issues: PackageIssue[];
}

/**
 * Checks the manifest and its French localization file against the official schemas of the targeted manifest
 * version, then checks that the two files agree: every translatable manifest string is translated, and every
 * translation has a string to replace. Takes `unknown` so that tests (and broken files) can be fed as they are.
 */
export function validateManifest(manifest: unknown, localization: unknown): ValidationResult {
  const schemas = teamsSchemas();
  const issues = [
    ...schemaIssues(PACKAGE_FILES.manifest, schemas.manifest, manifest),
    ...schemaIssues(PACKAGE_FILES.french, schemas.localization, localization),
    ...coverageIssues(manifest, localization, schemas.isLocalizable),
  ];
  return { valid: issues.length === 0, issues };
}

function schemaIssues(file: string, validate: Validator, data: unknown): PackageIssue[] {
  if (validate(data)) return [];
  const issues = (validate.errors ?? []).map((error) => toIssue(file, error));
  return issues.filter((issue, index) => issues.findIndex((other) => sameIssue(issue, other)) === index);
}

function toIssue(file: string, error: ErrorObject): PackageIssue {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    return { file, path: `${error.instancePath}/${String(params.missingProperty)}`, message: 'is required' };
  }
  if (error.keyword === 'additionalProperties') {
    return { file, path: `${error.instancePath}/${String(params.additionalProperty)}`, message: 'is not allowed' };
  }
  const allowed = params.allowedValue ?? params.allowedValues;
  const detail = allowed === undefined ? '' : ` (${JSON.stringify(allowed)})`;
  return { file, path: error.instancePath, message: `${error.message ?? error.keyword}${detail}` };
}

function sameIssue(a: PackageIssue, b: PackageIssue): boolean {
  return a.file === b.file && a.path === b.path && a.message === b.message;
}

const NO_SUCH_STRING = `${PACKAGE_FILES.manifest} has no such string`;

function coverageIssues(
  manifest: unknown,
  localization: unknown,
  isLocalizable: (path: string) => boolean,
): PackageIssue[] {
  const file = PACKAGE_FILES.french;
  const manifestStrings = stringsByPath(manifest);
  const translations = stringsByPath(localization);
  const untranslated = [...manifestStrings]
    .filter(([path]) => isLocalizable(path) && !translations.has(path))
    .map(([path, text]) => ({ file, path: `/${path}`, message: `missing: no French for "${text}"` }));
  const orphans = [...translations.keys()]
    .filter((path) => isLocalizable(path) && !manifestStrings.has(path))
    .map((path) => ({ file, path: `/${path}`, message: `translates nothing: ${NO_SUCH_STRING}` }));
  return [...untranslated, ...orphans];
}
