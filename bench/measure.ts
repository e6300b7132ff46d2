import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Heap plus typed-array buffers in use after a full collection, in bytes. */
export function memoryInUse(): number {
  collect();
  collect();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

export function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
}

/**
 * Each query's latency as the fastest of `repeats` consecutive runs: the machine is shared, and a single run
 * also measures other processes' time slices and the garbage collector.
 */
export function latencies(queries: readonly string[], run: (query: string) => unknown, repeats = 3): number[] {
  return queries.map((query) => {
    let fastest = Infinity;
    for (let i = 0; i < repeats; i += 1) fastest = Math.min(fastest, timed(() => run(query)).ms);
    return fastest;
  });
}
