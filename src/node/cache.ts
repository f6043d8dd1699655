// Per-file cache of what the source readers made of a file, so a re-run over a large archive
// only re-reads changed files. Entries are keyed by sha256(reader version + file bytes), so a
// changed file or a changed reader misses; a stat index (size + mtime) skips hashing unchanged files.
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";

/** Bump when a reader's output changes in a way the source files below would not show. */
export const READER_VERSION = 1;
export const DEFAULT_CACHE_DIR = ".cache/talkgraph";

/** What is stored per file: the reader's result, without anything tied to the file's path. */
export interface CachedRead<T> {
  version: string;
  result: T;
}

interface StatEntry {
  size: number;
  mtimeMs: number;
  hash: string;
}

export interface FileCache<T> {
  /** The content hash of a file whose size and mtime match the last run, or undefined. */
  hashFromStat(path: string, size: number, mtimeMs: number): string | undefined;
  hashBytes(bytes: Uint8Array): string;
  get(hash: string): Promise<T | undefined>;
  set(path: string, size: number, mtimeMs: number, hash: string, result: T): Promise<void>;
  /** Remembers a file's stat for its hash (after a hit found by hashing). */
  remember(path: string, size: number, mtimeMs: number, hash: string): void;
  /** Writes the stat index; entries themselves are written as they come. */
  flush(): Promise<void>;
}

/** Opens (or starts) the cache in `dir`. A missing or corrupt index just means a cold run. */
export async function openFileCache<T>(dir: string): Promise<FileCache<T>> {
  const version = readerVersion();
  const indexPath = join(dir, "index.json");
  let index: Record<string, StatEntry> = {};
  try {
    const stored = JSON.parse(await readFile(indexPath, "utf8")) as {
      version?: string;
      files?: Record<string, StatEntry>;
    };
    if (stored.version === version && stored.files) index = stored.files;
  } catch {
    index = {};
  }
  let dirty = false;
  await mkdir(join(dir, "entries"), { recursive: true });
  // One listing up front: a miss then costs no failed open (slow on some file systems).
  const stored = new Set(
    (await readdir(join(dir, "entries")))
      .filter((n) => n.endsWith(".json"))
      .map((n) => n.slice(0, -5)),
  );
  const entryPath = (hash: string): string => join(dir, "entries", `${hash}.json`);
  const cache: FileCache<T> = {
    hashFromStat(path, size, mtimeMs) {
      const entry = index[path];
      return entry && entry.size === size && entry.mtimeMs === mtimeMs ? entry.hash : undefined;
    },
    hashBytes(bytes) {
      return createHash("sha256").update(version).update("\u0000").update(bytes).digest("hex");
    },
    async get(hash) {
      if (!stored.has(hash)) return undefined;
      try {
        // Sync on purpose: small reads skip the thread-pool round trip, ~3x faster warm runs.
        const entry = JSON.parse(readFileSync(entryPath(hash), "utf8")) as CachedRead<T>;
        return entry.version === version ? entry.result : undefined;
      } catch {
        return undefined;
      }
    },
    async set(path, size, mtimeMs, hash, result) {
      const entry: CachedRead<T> = { version, result };
      // Sync and without temp file + rename, for speed: a torn entry is not valid JSON, so get()
      // treats it as a miss.
      writeFileSync(entryPath(hash), JSON.stringify(entry));
      stored.add(hash);
      cache.remember(path, size, mtimeMs, hash);
    },
    remember(path, size, mtimeMs, hash) {
      const old = index[path];
      if (old && old.size === size && old.mtimeMs === mtimeMs && old.hash === hash) return;
      index[path] = { size, mtimeMs, hash };
      dirty = true;
    },
    async flush() {
      if (!dirty) return;
      const files = Object.fromEntries(Object.entries(index).sort(([a], [b]) => (a < b ? -1 : 1)));
      await writeAtomic(indexPath, JSON.stringify({ version, files }));
      dirty = false;
    },
  };
  return cache;
}

let tmpCounter = 0;

/** Write to a temporary name and rename, so a killed run never leaves half an entry. */
async function writeAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${++tmpCounter}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

let memoVersion: string | undefined;

/**
 * READER_VERSION plus a hash of the reader sources (src/node/sources, src/core/text,
 * src/core/listing), so editing any of them invalidates the cache without anyone remembering to
 * bump a number. When the sources are not on disk (a bundle), the constant alone is used.
 */
export function readerVersion(): string {
  if (memoVersion !== undefined) return memoVersion;
  const here = dirname(fileURLToPath(import.meta.url));
  const dirs = [join(here, "sources"), join(here, "../core/text"), join(here, "../core/listing")];
  const hash = createHash("sha256").update(`reader-${READER_VERSION}`);
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((name) => name.endsWith(".ts"))
        .sort();
    } catch {
      continue;
    }
    for (const name of names) hash.update(name).update(readFileSync(join(dir, name)));
  }
  memoVersion = `${READER_VERSION}-${hash.digest("hex").slice(0, 16)}`;
  return memoVersion;
}
