// wink-bm25-text-search ships no types: the part of its API the benchmark uses.
declare module 'wink-bm25-text-search' {
  interface WinkBm25 {
    defineConfig(config: { fldWeights: Record<string, number>; bm25Params?: { k1?: number; b?: number; k?: number } }): boolean;
    definePrepTasks(tasks: ((input: string) => string | string[])[], field?: string): number;
    addDoc(doc: Record<string, string>, id: number): number;
    consolidate(precision?: number): boolean;
    search(text: string, limit?: number): [string, number][];
  }
  function bm25(): WinkBm25;
  export = bm25;
}
