// `npm run bench`: runs every benchmark in scripts/bench/ and prints its figures.
// Targets are reported as ratios measured in one run (machines are shared and noisy);
// nothing here fails a build. Pass names to run only some: `npm run bench -- graph`.
import { existsSync } from "node:fs";

const BENCHES: { name: string; file: string; fn: string }[] = [
  { name: "extraction", file: "./bench/extraction.ts", fn: "benchExtraction" },
  { name: "graph", file: "./bench/graph.ts", fn: "benchGraph" },
  { name: "sources", file: "./bench/sources.ts", fn: "benchSources" },
  { name: "explorer", file: "./bench/explorer.ts", fn: "benchExplorer" },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const bench of BENCHES) {
    if (only.length > 0 && !only.includes(bench.name)) continue;
    if (!existsSync(new URL(bench.file, import.meta.url))) {
      console.log(`# ${bench.name}: no benchmark yet`);
      continue;
    }
    const mod = (await import(bench.file)) as Record<string, () => Promise<string[]>>;
    const run = mod[bench.fn];
    if (!run) throw new Error(`bench: ${bench.file} does not export ${bench.fn}`);
    console.log(`# ${bench.name}`);
    for (const line of await run()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
