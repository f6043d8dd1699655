// Node entry to the pipeline: read the sources under some paths, load the lexicon and the
// jieba tokenizer, and build a snapshot. Used by `npm run extract`, tests and benchmarks.
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSnapshot } from "../core/pipeline";
import type { BuildSnapshotResult } from "../core/pipeline";
import type { Lexicon } from "../core/lexicon";
import { lexiconTerms } from "../core/lexicon";
import { createJiebaTokenizer } from "./jieba";
import { loadLexiconDir } from "./lexicon";
import { readSources } from "./sources";
import { loadBackground } from "./reference";
import { getCachedRun, runKey, setCachedRun } from "./run-cache";
import type { SourceProblem } from "./sources";

/** Folders under a data directory that hold configuration, not talks. */
export const NON_TALK_DIRS = ["lexicon", "reference"] as const;
export const DEFAULT_LEXICON_DIR = "data/lexicon";

export interface BuildOptions {
  lexiconDir?: string;
  cacheDir?: string;
  onProgress?: (done: number, total: number, file: string) => void;
  onStage?: (stage: string) => void;
}

export interface BuildFromPathsResult extends BuildSnapshotResult {
  errors: SourceProblem[];
  warnings: SourceProblem[];
  lexicon: Lexicon;
  /** True when the snapshot came from the run cache (nothing changed since the last run). */
  cached: boolean;
}

/**
 * A path that is a data directory (it has a `lexicon/` folder) stands for its talk folders only,
 * so the lexicon's own JSON files are never read as talks.
 */
export function expandInputPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let isDataDir: boolean;
    try {
      isDataDir = statSync(join(path, "lexicon")).isDirectory();
    } catch {
      isDataDir = false;
    }
    if (!isDataDir) {
      out.push(path);
      continue;
    }
    const entries = readdirSync(path, { withFileTypes: true })
      .filter((e) => !(e.isDirectory() && (NON_TALK_DIRS as readonly string[]).includes(e.name)))
      .filter((e) => !e.name.startsWith(".") && e.name !== "README.md")
      .map((e) => join(path, e.name))
      .sort();
    out.push(...entries);
  }
  return out;
}

export async function buildSnapshotFromPaths(
  paths: string[],
  options: BuildOptions = {},
): Promise<BuildFromPathsResult> {
  const lexiconDir = resolve(options.lexiconDir ?? DEFAULT_LEXICON_DIR);
  const lexicon = loadLexiconDir(lexiconDir);
  // Background word frequencies live beside the lexicon (data/reference/), used by discovery.
  const background = loadBackground(join(lexiconDir, "..", "reference", "THUOCL_IT.txt"));
  options.onStage?.("lexicon");
  const read = await readSources(expandInputPaths(paths), {
    cacheDir: options.cacheDir,
    onProgress: options.onProgress,
  });
  options.onStage?.("read");
  // An unchanged archive, lexicon and code give the same snapshot: reuse the last run's.
  const key = options.cacheDir
    ? runKey([read.talks, read.sources, lexicon.entries, [...background]])
    : "";
  const cached = options.cacheDir ? await getCachedRun(options.cacheDir, key) : undefined;
  if (cached) {
    options.onStage?.("cached");
    return { ...cached, errors: read.errors, warnings: read.warnings, lexicon, cached: true };
  }
  const tokenizer = createJiebaTokenizer(lexiconTerms(lexicon));
  const result = buildSnapshot({
    inputs: read.talks,
    sources: read.sources,
    lexicon,
    tokenizer,
    extract: { background },
    onStage: options.onStage,
  });
  if (options.cacheDir) await setCachedRun(options.cacheDir, key, result);
  return { ...result, errors: read.errors, warnings: read.warnings, lexicon, cached: false };
}
