/**
 * Every string leaf of a JSON value by its path in the notation of Teams localization files:
 * `name.short`, `bots[0].commandLists[1].commands[0].title`.
 */
export function stringsByPath(value: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') {
    if (prefix) found.set(prefix, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => mergeInto(found, stringsByPath(item, `${prefix}[${index}]`)));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      mergeInto(found, stringsByPath(item, prefix ? `${prefix}.${key}` : key));
    }
  }
  return found;
}

function mergeInto(target: Map<string, string>, source: Map<string, string>): void {
  for (const [path, text] of source) target.set(path, text);
}
