/**
 * Sums up a V8 CPU profile (`.cpuprofile`, e.g. from `bench/profile-turns.ts --profile`): the share of the samples
 * spent in each package or project folder (self time), the hottest functions, and the inclusive time of functions
 * named on the command line.
 *
 *   npx tsx bench/profile-summary.ts /tmp/turns.cpuprofile [top] [--inclusive recognizeChoices,recognizeReply]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "botbuilder-dialogs", "@microsoft/recognizers-text-number", "dialogs/menu", "(garbage collector)"… */
function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const packages = url.split('node_modules/');
  if (packages.length > 1) {
    const parts = (packages.at(-1) ?? '').split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node (core)';
  const project = url.replace(/^file:\/\//, '').replace(process.cwd(), '').replace(/^\//, '');
  return project.split('/').slice(0, -1).join('/') || project;
}

function main(): void {
  const [file, topArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const inclusiveAt = process.argv.indexOf('--inclusive');
  const inclusiveNames = inclusiveAt >= 0 ? (process.argv[inclusiveAt + 1] ?? '').split(',') : [];
  if (!file) throw new Error('usage: profile-summary FILE.cpuprofile [top] [--inclusive name,name]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const top = Number(topArg ?? 12);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  const share = (micros: number) => `${((100 * micros) / total).toFixed(1)} %`;
  const sum = (key: (node: ProfileNode) => string) => {
    const sums = new Map<string, number>();
    for (const [id, micros] of self) {
      const node = byId.get(id);
      if (node) sums.set(key(node), (sums.get(key(node)) ?? 0) + micros);
    }
    return [...sums].sort((a, b) => b[1] - a[1]).slice(0, top);
  };
  console.log(`${(total / 1000).toFixed(0)} ms of samples\n\n| self time | package or folder |\n|---|---|`);
  for (const [place, micros] of sum((node) => placeOf(node.callFrame.url, node.callFrame.functionName))) console.log(`| ${share(micros)} | ${place} |`);
  console.log('\n| self time | function |\n|---|---|');
  for (const [name, micros] of sum((node) => `${node.callFrame.functionName || '(anonymous)'} (${placeOf(node.callFrame.url, '')}:${node.callFrame.lineNumber + 1})`)) {
    console.log(`| ${share(micros)} | ${name} |`);
  }
  for (const name of inclusiveNames.filter(Boolean)) {
    let micros = 0;
    for (const [id, time] of self) {
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        if (byId.get(at)?.callFrame.functionName === name) {
          micros += time;
          break;
        }
      }
    }
    console.log(`\ninclusive ${name}: ${share(micros)} (${(micros / 1000).toFixed(0)} ms)`);
  }
}

main();
