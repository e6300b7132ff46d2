import { randomBytes } from 'node:crypto';

/** One environment variable: its name, what it is for, its default and how a raw value becomes a typed one. */
export interface Setting<T> {
  env: string;
  doc: string;
  /** Shown in the README table; `undefined` means "unset". */
  defaultText: string;
  parse: (raw: string | undefined) => T;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`[config] ${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

function present(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  return value ? value : undefined;
}

export function text(env: string, doc: string, fallback: string): Setting<string> {
  return { env, doc, defaultText: fallback || '(empty)', parse: (raw) => present(raw) ?? fallback };
}

export function optionalText(env: string, doc: string): Setting<string | undefined> {
  return { env, doc, defaultText: '(unset)', parse: present };
}

export function integer(env: string, doc: string, fallback: number, min: number, max: number): Setting<number> {
  const parse = (raw: string | undefined): number => {
    const value = present(raw);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      throw new ConfigError(env, `expected an integer between ${min} and ${max}, got "${value}"`);
    }
    return parsed;
  };
  return { env, doc, defaultText: String(fallback), parse };
}

export function boolean(env: string, doc: string, fallback: boolean): Setting<boolean> {
  const parse = (raw: string | undefined): boolean => {
    const value = present(raw)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    throw new ConfigError(env, `expected true or false, got "${value}"`);
  };
  return { env, doc, defaultText: String(fallback), parse };
}

export function oneOf<T extends string>(env: string, doc: string, values: readonly T[], fallback: T): Setting<T> {
  const parse = (raw: string | undefined): T => {
    const value = present(raw);
    if (value === undefined) return fallback;
    const found = values.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (!found) throw new ConfigError(env, `expected one of ${values.join(', ')}, got "${value}"`);
    return found;
  };
  return { env, doc, defaultText: fallback, parse };
}

export function url(env: string, doc: string, fallback: string | undefined): Setting<string | undefined> {
  const parse = (raw: string | undefined): string | undefined => {
    const value = present(raw) ?? fallback;
    if (value === undefined) return undefined;
    try {
      return new URL(value).toString();
    } catch {
      throw new ConfigError(env, `expected an absolute URL, got "${value}"`);
    }
  };
  return { env, doc, defaultText: fallback ?? '(unset)', parse };
}

export function list(env: string, doc: string): Setting<string[]> {
  const parse = (raw: string | undefined): string[] =>
    (present(raw) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  return { env, doc, defaultText: '(empty)', parse };
}

/** A signing key: the configured one, or a random one per process (tokens then die with the process). */
export function secret(env: string, doc: string, minLength: number): Setting<string> {
  const parse = (raw: string | undefined): string => {
    const value = present(raw);
    if (value === undefined) return randomBytes(32).toString('base64url');
    if (value.length < minLength) throw new ConfigError(env, `must be at least ${minLength} characters long`);
    return value;
  };
  return { env, doc, defaultText: '(random at each start)', parse };
}

/** A key that must be long enough when set; unset, the component that uses it decides (no random default here). */
export function optionalSecret(env: string, doc: string, minLength: number): Setting<string | undefined> {
  const parse = (raw: string | undefined): string | undefined => {
    const value = present(raw);
    if (value !== undefined && value.length < minLength) {
      throw new ConfigError(env, `must be at least ${minLength} characters long`);
    }
    return value;
  };
  return { env, doc, defaultText: '(unset)', parse };
}

/** Comma-separated absolute URLs, each kept as its origin (`scheme://host:port`). */
export function origins(env: string, doc: string, fallback: readonly string[]): Setting<string[]> {
  const parse = (raw: string | undefined): string[] => {
    const values = present(raw) === undefined ? [...fallback] : list(env, doc).parse(raw);
    return values.map((value) => {
      try {
        return new URL(value).origin;
      } catch {
        throw new ConfigError(env, `expected absolute URLs separated by commas, got "${value}"`);
      }
    });
  };
  return { env, doc, defaultText: fallback.join(',') || '(empty)', parse };
}
