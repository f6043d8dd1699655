// CLI: score a snapshot against a gold annotation.
//   npm run eval -- [SNAPSHOT] [--gold FILE] [--limit N]
// Thin: reads both files, calls src/core/eval, prints the report. Exits 1 if a file is unusable.
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { formatEvalReport, parseGold, scoreSnapshot } from "../src/core/eval";
import { restoreSnapshot } from "../src/core/snapshot";

const program = new Command()
  .name("eval")
  .description("Score a talkgraph snapshot against a gold annotation (seed-gold.json format).")
  .argument("[snapshot]", "snapshot to score", "public/graph.json")
  .option("--gold <file>", "gold annotation", "../shared/eval/seed-gold.json")
  .option("--limit <n>", "false positives and misses to list", "20")
  .showHelpAfterError();

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as unknown;
  } catch (error) {
    throw new Error(`eval: ${path}: ${(error as Error).message}`, { cause: error });
  }
}

try {
  program.parse();
  const opts = program.opts<{ gold: string; limit: string }>();
  const snapshotPath = program.args[0] ?? "public/graph.json";
  const snapshot = restoreSnapshot(readJson(snapshotPath));
  const gold = parseGold(readJson(opts.gold), opts.gold);
  console.log(`eval: ${snapshotPath} against ${opts.gold}`);
  console.log(formatEvalReport(scoreSnapshot(snapshot, gold), Number(opts.limit)));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
