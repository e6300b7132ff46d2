import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { projectPath } from '../config/paths';

/** Bottom to top: a module may import from its own layer and those below it, never from one above. */
const LAYERS = ['config', 'locales', 'knowledge', 'storage', 'dialogs', 'bots', 'channels', 'index.ts'] as const;
/** The layers that must stay usable without the Bot Framework SDK (see README, "The SDK at the edge"). */
const WITHOUT_SDK = ['config', 'locales', 'knowledge'];

const ROOT = projectPath();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const FILES = [
  ...LAYERS.filter((layer) => layer !== 'index.ts').flatMap((layer) => sourceFiles(join(ROOT, layer))),
  join(ROOT, 'index.ts'),
].map((path) => relative(ROOT, path));

function specifiers(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  return [...source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gms)].map((match) => match[1] ?? '');
}

/** The project file a relative import names, or undefined for a package. */
function target(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = relative(ROOT, join(ROOT, dirname(file), specifier));
  return [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(join(ROOT, candidate))) ?? base;
}

const layerOf = (file: string): number => LAYERS.findIndex((layer) => file === layer || file.startsWith(`${layer}/`));

const IMPORTS = new Map(
  FILES.map((file) => [file, specifiers(file).map((specifier) => target(file, specifier)).filter((to) => to !== undefined)]),
);

/** Files that import each other, directly or through others (type-only imports included). */
function circles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      found.push([...path.slice(path.indexOf(file)), file]);
      return;
    }
    state.set(file, 'open');
    for (const next of IMPORTS.get(file) ?? []) visit(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of FILES) visit(file, []);
  return found;
}

describe('the layers', () => {
  it('finds the source files and their imports', () => {
    expect(FILES).toEqual(expect.arrayContaining(['index.ts', 'config/languages.ts', 'dialogs/main-dialog.ts']));
    expect(IMPORTS.get('dialogs/main-dialog.ts')).toContain('dialogs/answer-dialog.ts');
  });

  it('never import upwards (config → locales → knowledge → storage → dialogs → bots → channels → index.ts)', () => {
    const upwards = FILES.flatMap((file) =>
      (IMPORTS.get(file) ?? []).filter((to) => layerOf(to) > layerOf(file)).map((to) => `${file} → ${to}`),
    );
    expect(upwards).toEqual([]);
  });

  it('have no circle of imports, type-only ones included', () => {
    expect(circles()).toEqual([]);
  });

  it('keep the Bot Framework SDK out of configuration, strings and the knowledge core', () => {
    const sdk = FILES.filter((file) => WITHOUT_SDK.includes(LAYERS[layerOf(file)] ?? '')).filter((file) =>
      specifiers(file).some((specifier) => /^botbuilder|^botframework/.test(specifier)),
    );
    expect(sdk).toEqual([]);
  });
});
