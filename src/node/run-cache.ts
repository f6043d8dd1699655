// Whole-run cache: the snapshot (and unknown-term candidates) of the last run, keyed by a hash
// of everything that determines it — the talk inputs as read, the lexicon, and the extraction
// code itself. An unchanged archive then skips segmentation, graph analytics and layout; a
// changed file changes its talk inputs, so the key misses and the run rebuilds.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { mkdir, readFile, readdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildSnapshotResult } from "../core/pipeline";
import { writeFileAtomic } from "./write";

let memoCodeVersion: string | undefined;

/** A hash of the extraction code (src/core and src/node), so a code change invalidates runs. */
export function pipelineCodeVersion(): string {
  if (memoCodeVersion !== undefined) return memoCodeVersion;
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts"))
        hash.update(path.slice(here.length)).update(readFileSync(path));
    }
  };
  walk(join(here, "../core"));
  walk(here);
  memoCodeVersion = hash.digest("hex").slice(0, 16);
  return memoCodeVersion;
}

/** The run key: inputs as read, lexicon files and code version. */
export function runKey(parts: unknown[]): string {
  const hash = createHash("sha256").update(pipelineCodeVersion());
  for (const part of parts) hash.update("\u0000").update(JSON.stringify(part));
  return hash.digest("hex");
}

export async function getCachedRun(
  cacheDir: string,
  key: string,
): Promise<BuildSnapshotResult | undefined> {
  try {
    return JSON.parse(
      await readFile(join(cacheDir, "runs", `${key}.json`), "utf8"),
    ) as BuildSnapshotResult;
  } catch {
    return undefined;
  }
}

/** Stores this run and drops older ones: only the latest run is worth keeping. */
export async function setCachedRun(
  cacheDir: string,
  key: string,
  result: BuildSnapshotResult,
): Promise<void> {
  const dir = join(cacheDir, "runs");
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (name !== `${key}.json`) await rm(join(dir, name), { force: true });
  }
  await writeFileAtomic(join(dir, `${key}.json`), JSON.stringify(result));
}
