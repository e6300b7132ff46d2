/**
 * A small declarative checker for JSON bodies: a shape is built from `text`, `flag`, `list`, `record`… and checking
 * a value against it gives the first problem, naming its path (`activity.membersAdded[0].id: expected a string`).
 * Optional fields that are `null` are removed, so that the code behind sees them as absent.
 */
export type Check = (value: unknown, path: string) => string | undefined;

export interface Field {
  required: boolean;
  check: Check;
}

type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function required(check: Check): Field {
  return { required: true, check };
}

export interface TextOptions {
  nonEmpty?: boolean;
  max?: number;
  pattern?: RegExp;
  oneOf?: readonly string[];
}

/** A string without NUL characters (PostgreSQL refuses them), within `max` characters. */
export function text(options: TextOptions = {}): Check {
  const { nonEmpty = false, max = Number.POSITIVE_INFINITY, pattern, oneOf } = options;
  return (value, path) => {
    if (typeof value !== 'string') return `${path}: expected a string`;
    if (nonEmpty && value.trim() === '') return `${path}: expected a non-empty string`;
    if (value.length > max) return `${path}: longer than ${max} characters`;
    if (value.includes('\u0000')) return `${path}: contains a NUL character`;
    if (oneOf && !oneOf.includes(value)) return `${path}: expected one of ${oneOf.join(', ')}`;
    if (pattern && !pattern.test(value)) return `${path}: malformed`;
    return undefined;
  };
}

export const flag: Check = (value, path) =>
  typeof value === 'boolean' ? undefined : `${path}: expected true or false`;

export const anything: Check = () => undefined;

/** A date-time string such as `2025-03-12T10:20:30.000Z`. */
export const dateTime: Check = (value, path) => {
  const problem = text({ max: 64 })(value, path);
  if (problem) return problem;
  return Number.isNaN(Date.parse(value as string)) ? `${path}: expected a date-time` : undefined;
};

export function list(item: Check, max = 1000): Check {
  return (value, path) => {
    if (!Array.isArray(value)) return `${path}: expected an array`;
    if (value.length > max) return `${path}: more than ${max} items`;
    for (let index = 0; index < value.length; index++) {
      const problem = item(value[index], `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** An object whose listed fields have these shapes; other fields are let through unchecked. */
export function record(fields: Record<string, Field | Check>): Check {
  const entries = Object.entries(fields).map(([key, field]): [string, Field] => [
    key,
    typeof field === 'function' ? { required: false, check: field } : field,
  ]);
  return (value, path) => {
    if (!isRecord(value)) return `${path}: expected an object`;
    for (const [key, field] of entries) {
      const problem = checkField(value, key, field, `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

function checkField(value: Json, key: string, field: Field, path: string): string | undefined {
  const present = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
  if (present === undefined || present === null) {
    if (field.required) return `${path}: required`;
    if (present === null) delete value[key];
    return undefined;
  }
  return field.check(present, path);
}

/** The shape, then further rules on the whole value (rules that relate fields to each other). */
export function refine(shape: Check, ...rules: Array<(value: Json, path: string) => string | undefined>): Check {
  return (value, path) => {
    const problem = shape(value, path);
    if (problem) return problem;
    for (const rule of rules) {
      const found = rule(value as Json, path);
      if (found) return found;
    }
    return undefined;
  };
}

/** `check` when the value is an object; any other JSON value is let through (the code reads only objects). */
export function whenRecord(check: Check): Check {
  return (value, path) => (isRecord(value) ? check(value, path) : undefined);
}

/** Accepts a value that passes any of the checks; the first check's problem otherwise. */
export function either(...checks: Check[]): Check {
  return (value, path) => {
    const problems = checks.map((check) => check(value, path));
    return problems.includes(undefined) ? undefined : problems[0];
  };
}
