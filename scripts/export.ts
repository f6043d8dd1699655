// CLI: export a snapshot for other tools.
//   npm run export -- SNAPSHOT --format gexf|graphml|csv|neo4j|json [--out FILE] [--color-by type|community]
// Thin: reads and checks the snapshot, calls src/core/export, writes atomically, prints one line.
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { Command, Option } from "commander";
import { restoreSnapshot } from "../src/core/snapshot";
import type { Snapshot } from "../src/core/snapshot";
import { EXPORT_FORMATS, exportSnapshot, isExportFormat } from "../src/core/export";
import type { ColorBy } from "../src/core/export";
import { writeFileAtomic } from "../src/node/write";

class ExportError extends Error {}

const program = new Command()
  .name("export")
  .description(
    "Export a talkgraph snapshot as GEXF, GraphML, CSV (zip), a Neo4j bundle (zip) or JSON.",
  )
  .argument("<snapshot>", "snapshot JSON written by `npm run extract` (e.g. public/graph.json)")
  .addOption(
    new Option("-f, --format <format>", "output format")
      .choices(EXPORT_FORMATS)
      .makeOptionMandatory(),
  )
  .option(
    "-o, --out <file>",
    "output file; for csv and neo4j a path ending in / writes a folder instead of a zip " +
      "(default: next to the snapshot, e.g. graph.gexf, graph-csv.zip, graph.view.json)",
  )
  .addOption(
    new Option("--color-by <what>", "GEXF/GraphML node colours")
      .choices(["type", "community"])
      .default("type"),
  )
  .showHelpAfterError();

async function readSnapshot(path: string): Promise<Snapshot> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a folder"
          : (error as Error).message;
    throw new ExportError(`cannot read snapshot ${path}: ${reason}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ExportError(`snapshot ${path} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return restoreSnapshot(data);
  } catch (error) {
    throw new ExportError(
      `snapshot ${path} is not a talkgraph snapshot: ${(error as Error).message}`,
    );
  }
}

function defaultOut(snapshotPath: string, suffix: string): string {
  const name = basename(snapshotPath, extname(snapshotPath));
  return join(dirname(snapshotPath), name + suffix);
}

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} kB`;
}

async function main(): Promise<number> {
  program.parse();
  const [snapshotPath = ""] = program.args;
  const opts = program.opts<{ format: string; out?: string; colorBy: ColorBy }>();
  if (!isExportFormat(opts.format)) throw new ExportError(`unknown format ${opts.format}`);
  const snapshot = await readSnapshot(snapshotPath);
  const result = exportSnapshot(snapshot, opts.format, { colorBy: opts.colorBy });
  const out = opts.out ?? defaultOut(snapshotPath, result.suffix);
  const counts = `${snapshot.graph.nodes.length} nodes, ${snapshot.graph.edges.length} edges`;

  if (result.files && /[\\/]$/.test(out)) {
    let total = 0;
    for (const [name, text] of Object.entries(result.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
      await writeFileAtomic(join(out, name), text);
      total += Buffer.byteLength(text);
    }
    console.log(
      `wrote ${out} (${opts.format}: ${Object.keys(result.files).length} files, ${formatBytes(total)}; ${counts})`,
    );
    return 0;
  }
  if (!opts.out && out === snapshotPath)
    throw new ExportError(`refusing to overwrite the snapshot ${out}`);
  await writeFileAtomic(out, result.data);
  const size =
    typeof result.data === "string" ? Buffer.byteLength(result.data) : result.data.byteLength;
  console.log(`wrote ${out} (${opts.format}, ${formatBytes(size)}; ${counts})`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`export: error: ${(error as Error).message}`);
    process.exit(error instanceof ExportError ? 1 : 2);
  },
);
