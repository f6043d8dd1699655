// CLI: build one graph snapshot from talk sources.
//   npm run extract -- [INPUT...] [--out FILE] [--report] [--quiet]
// Thin: parses flags, calls src/node/build, writes atomically, prints a summary.
import { Command } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { buildSnapshotFromPaths } from "../src/node/build";
import { writeFileAtomic } from "../src/node/write";
import { formatCandidateReport } from "../src/core/extract";
import { summarizeSnapshot } from "../src/core/summary";

const DEFAULT_OUT = "public/graph.json";

const program = new Command()
  .name("extract")
  .description(
    "Build a talkgraph snapshot from talk sources (listing pages, .md/.txt/.json/.jsonl, .pdf).",
  )
  .argument("[inputs...]", "files or folders to read", ["data"])
  .option("-o, --out <file>", "snapshot to write", DEFAULT_OUT)
  .option("--report", "print the top unknown-term candidates for the lexicon")
  .option("--report-limit <n>", "how many candidates to print", "40")
  .option("--lexicon <dir>", "lexicon folder", "data/lexicon")
  .option("--no-cache", "do not use the per-file cache in .cache/talkgraph")
  .option("-q, --quiet", "print only errors")
  .showHelpAfterError();

async function main(): Promise<number> {
  program.parse();
  const inputs = program.args.length > 0 ? program.args : ["data"];
  const opts = program.opts<{
    out: string;
    report?: boolean;
    reportLimit: string;
    lexicon: string;
    cache: boolean;
    quiet?: boolean;
  }>();
  const started = performance.now();
  const showBar = !opts.quiet && process.stderr.isTTY && !process.env.CI;
  const bar = showBar
    ? new SingleBar(
        { format: " {bar} {value}/{total} files {file}", hideCursor: true, clearOnComplete: true },
        Presets.shades_classic,
      )
    : null;
  let barStarted = false;
  const result = await buildSnapshotFromPaths(inputs, {
    lexiconDir: opts.lexicon,
    cacheDir: opts.cache ? ".cache/talkgraph" : undefined,
    onProgress: (done, total, file) => {
      if (!bar) return;
      if (!barStarted) {
        bar.start(total, 0, { file: "" });
        barStarted = true;
      }
      bar.update(done, { file: file.length > 50 ? "…" + file.slice(-49) : file });
    },
  });
  if (barStarted) bar?.stop();

  for (const w of result.warnings) if (!opts.quiet) console.warn(`warning: ${w.file}: ${w.reason}`);
  for (const e of result.errors) console.error(`error: ${e.file}: ${e.reason}`);

  if (result.snapshot.talks.length === 0) {
    console.error(`error: no talks found in ${inputs.join(", ")}; ${opts.out} left unchanged`);
    return 1;
  }
  await writeFileAtomic(opts.out, JSON.stringify(result.snapshot) + "\n");

  if (opts.report) console.log(formatCandidateReport(result.candidates, Number(opts.reportLimit)));
  if (!opts.quiet) {
    const seconds = (performance.now() - started) / 1000;
    console.log(
      summarizeSnapshot(result.snapshot, {
        errors: result.errors.length,
        warnings: result.warnings.length,
        seconds,
        out: opts.out,
      }),
    );
    if (result.cached)
      console.log("cache     inputs, lexicon and code unchanged: reused the last run");
  }
  return result.errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${(error as Error).message}`);
    process.exit(2);
  },
);
