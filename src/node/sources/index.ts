// Public face of the source readers: every talk file under some paths, read into TalkInput[]
// with one line per problem. One bad file never stops the run; unchanged files come from the
// per-file cache when a cache folder is given.
import { readFile } from "node:fs/promises";
import { talkKey } from "../../core/merge";
import type { SourceInfo, TalkInput } from "../../core/types";
import { openFileCache } from "../cache";
import type { FileCache } from "../cache";
import { SourceError, formatBytes } from "./problems";
import type { SourceProblem } from "./problems";
import { readSourceFile } from "./read-file";
import type { FileRead } from "./read-file";
import { findSourceFiles } from "./walk";
import type { FoundFile } from "./walk";

export type { SourceProblem } from "./problems";
export { SourceError, formatProblem } from "./problems";
export { findSourceFiles, KIND_BY_EXTENSION } from "./walk";

/** Files above this are refused before reading (checked with stat), so nothing runs out of memory. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Files read at once: enough to hide disk latency, few enough to bound memory. */
const CONCURRENCY = 8;

export interface ReadSourcesOptions {
  /** Folder of the per-file cache (e.g. ".cache/talkgraph"); no cache when omitted. */
  cacheDir?: string;
  /** Largest file read, in bytes; default DEFAULT_MAX_BYTES (50 MB). */
  maxBytes?: number;
  /** Called after each file, in completion order. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface ReadSourcesResult {
  talks: TalkInput[];
  sources: SourceInfo[];
  errors: SourceProblem[];
  warnings: SourceProblem[];
}

type Outcome = { read: FileRead } | { error: string };

export async function readSources(
  paths: string[],
  options: ReadSourcesOptions = {},
): Promise<ReadSourcesResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0))
    throw new Error(`sources: maxBytes must be a positive number, got ${maxBytes}`);
  // 1. Which files, in a fixed order.
  const found = await findSourceFiles(paths);
  const cache = options.cacheDir ? await openFileCache<FileRead>(options.cacheDir) : undefined;
  // 2. Read them, a few at a time; outcomes keep file order whatever order reads finish in.
  const outcomes: Outcome[] = new Array<Outcome>(found.files.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < found.files.length) {
      const index = next++;
      const file = found.files[index]!;
      outcomes[index] = await readOne(file, maxBytes, cache);
      options.onProgress?.(++done, found.files.length, file.path);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, found.files.length) }, worker));
  await cache?.flush();
  // 3. Gather, in file order.
  return gather(found.files, outcomes, found.errors, found.warnings);
}

async function readOne(
  file: FoundFile,
  maxBytes: number,
  cache: FileCache<FileRead> | undefined,
): Promise<Outcome> {
  if (file.size > maxBytes) {
    const reason = `file is ${formatBytes(file.size)}, above the ${formatBytes(maxBytes)} limit (maxBytes); split it or raise the limit`;
    return { error: reason };
  }
  if (file.size === 0) return { error: "empty file" };
  try {
    // An unchanged file (same size and mtime as last run) is not even read.
    const known = cache?.hashFromStat(file.abs, file.size, file.mtimeMs);
    const fromStat = known === undefined ? undefined : await cache?.get(known);
    if (fromStat) return { read: atPath(fromStat, file.path) };
    const bytes = await readFile(file.abs);
    const hash = cache?.hashBytes(bytes);
    if (cache && hash) {
      const hit = await cache.get(hash);
      if (hit) {
        cache.remember(file.abs, file.size, file.mtimeMs, hash);
        return { read: atPath(hit, file.path) };
      }
    }
    const read = await readSourceFile(bytes, file.kind, file.path);
    if (cache && hash) await cache.set(file.abs, file.size, file.mtimeMs, hash, read);
    return { read };
  } catch (error) {
    if (error instanceof SourceError) return { error: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return { error: `cannot read file: ${code}` };
    return { error: `reader failed: ${(error as Error).message ?? String(error)}` };
  }
}

/** A cached read may come from an identical file elsewhere: name the file being read now. */
function atPath(read: FileRead, path: string): FileRead {
  return { ...read, talks: read.talks.map((talk) => ({ ...talk, source: path })) };
}

function gather(
  files: FoundFile[],
  outcomes: Outcome[],
  errors: SourceProblem[],
  warnings: SourceProblem[],
): ReadSourcesResult {
  const result: ReadSourcesResult = {
    talks: [],
    sources: [],
    errors: [...errors],
    warnings: [...warnings],
  };
  // Pages of one listing overlap at their edges: a talk already read from a listing is dropped.
  const listed = new Set<string>();
  const listings: { file: string; listedTotal?: number; kept: number; shown: number }[] = [];
  files.forEach((file, index) => {
    const outcome = outcomes[index]!;
    if ("error" in outcome) {
      result.errors.push({ file: file.path, reason: outcome.error });
      return;
    }
    const { read } = outcome;
    let talks = read.talks;
    if (read.kind === "listing") {
      talks = talks.filter((talk) => {
        const key = talkKey(talk.title, talk.speaker);
        if (listed.has(key)) return false;
        listed.add(key);
        return true;
      });
      listings.push({
        file: file.path,
        listedTotal: read.listedTotal,
        kept: talks.length,
        shown: read.shown ?? 0,
      });
      if (read.shown !== undefined && read.talks.length < read.shown) {
        const reason = `listing shows ${read.shown} entries but ${read.talks.length} could be parsed`;
        result.warnings.push({ file: file.path, reason });
      }
    }
    for (const skipped of read.skipped) {
      result.warnings.push({ file: file.path, reason: `${skipped}; record skipped` });
    }
    result.talks.push(...talks);
    const info: SourceInfo = { path: file.path, kind: read.kind, talks: talks.length };
    if (read.encoding !== undefined) info.encoding = read.encoding;
    if (read.listedTotal !== undefined) info.listedTotal = read.listedTotal;
    result.sources.push(info);
  });
  result.warnings.push(...incompleteListings(listings));
  return result;
}

/** Pages of one listing (same folder, same "共 N 条") that together hold fewer talks than N. */
function incompleteListings(
  listings: { file: string; listedTotal?: number; kept: number }[],
): SourceProblem[] {
  const groups = new Map<string, { files: string[]; kept: number; total: number }>();
  for (const listing of listings) {
    if (listing.listedTotal === undefined) continue;
    const folder = listing.file.includes("/")
      ? listing.file.slice(0, listing.file.lastIndexOf("/"))
      : ".";
    const key = `${folder}\u0000${listing.listedTotal}`;
    const group = groups.get(key) ?? { files: [], kept: 0, total: listing.listedTotal };
    group.files.push(listing.file);
    group.kept += listing.kept;
    groups.set(key, group);
  }
  const problems: SourceProblem[] = [];
  for (const group of groups.values()) {
    if (group.kept >= group.total) continue;
    const pages =
      group.files.length === 1
        ? "its 1 page here gives"
        : `its ${group.files.length} pages here give`;
    problems.push({
      file: group.files[0]!,
      reason: `listing holds ${group.total} talks but ${pages} ${group.kept}; save the other pages to read them all`,
    });
  }
  return problems;
}
