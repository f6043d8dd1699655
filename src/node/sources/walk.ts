// Finds the talk files under the paths a user gives: recursively, sorted, each once. Hidden
// entries, node_modules, licence folders, README/LICENSE files (a bundled archive ships its
// attribution next to its records) and the lexicon folder are not talks and are passed over.
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join, relative, resolve, sep } from "node:path";
import type { SourceInfo } from "../../core/types";
import type { SourceProblem } from "./problems";

export type FileKind = Exclude<SourceInfo["kind"], "listing">;

/** Extensions read, by kind; a listing page is a .txt/.md whose text has listing trailers. */
export const KIND_BY_EXTENSION: Record<string, FileKind> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".pdf": "pdf",
};
/** Not talks: dependencies, licence texts, and a data folder's configuration (NON_TALK_DIRS in build.ts). */
const SKIPPED_DIRS = new Set([
  "node_modules",
  "licenses",
  "licences",
  "LICENSES",
  "lexicon",
  "reference",
]);
const SKIPPED_FILE = /^(?:readme|license|licence|notice|copying|changelog)(?:[.-].*)?$/i;

export interface FoundFile {
  /** Absolute path, for reading. */
  abs: string;
  /** Relative to the working directory, with "/": what results and problems name. */
  path: string;
  kind: FileKind;
  size: number;
  mtimeMs: number;
}

export interface FoundFiles {
  files: FoundFile[];
  errors: SourceProblem[];
  warnings: SourceProblem[];
}

/** The name results use for a path: relative to the working directory, "/"-separated. */
export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return (rel === "" ? "." : rel).split(sep).join("/");
}

export async function findSourceFiles(paths: string[]): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], errors: [], warnings: [] };
  const seen = new Set<string>();
  for (const input of paths) {
    const abs = resolve(input);
    const shown = displayPath(abs);
    const info = await stat(abs).catch(() => undefined);
    if (!info) {
      found.errors.push({ file: shown, reason: "path does not exist" });
      continue;
    }
    if (info.isFile()) {
      const kind = KIND_BY_EXTENSION[extname(abs).toLowerCase()];
      if (!kind) {
        const known = Object.keys(KIND_BY_EXTENSION).join(" ");
        found.errors.push({ file: shown, reason: `not a talk file kind (expected ${known})` });
      } else if (!seen.has(abs)) {
        seen.add(abs);
        found.files.push({ abs, path: shown, kind, size: info.size, mtimeMs: info.mtimeMs });
      }
      continue;
    }
    const before = found.files.length;
    await walkDir(abs, found, seen, new Set());
    if (found.files.length === before) {
      const known = Object.keys(KIND_BY_EXTENSION).join(" ");
      found.warnings.push({ file: shown, reason: `no talk files found (looked for ${known})` });
    }
  }
  found.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return found;
}

async function walkDir(
  dir: string,
  found: FoundFiles,
  seen: Set<string>,
  visited: Set<string>,
): Promise<void> {
  // Symlinked folders could loop; each real folder is walked once.
  const real = await realpath(dir).catch(() => dir);
  if (visited.has(real)) return;
  visited.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const reason = `cannot list folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    found.errors.push({ file: displayPath(dir), reason });
    return;
  }
  // Stat the folder's entries together (a warm cached run is mostly stat calls), then walk
  // sub-folders in name order so the result does not depend on timing.
  const visible = entries.filter((entry) => !entry.name.startsWith("."));
  const infos = await Promise.all(
    visible.map(async (entry) => {
      const abs = join(dir, entry.name);
      const kind = KIND_BY_EXTENSION[extname(entry.name).toLowerCase()];
      const wanted = entry.isDirectory() || entry.isSymbolicLink() || kind !== undefined;
      return {
        entry,
        abs,
        kind,
        info: wanted ? await stat(abs).catch(() => undefined) : undefined,
      };
    }),
  );
  for (const { entry, abs, kind, info } of infos) {
    if (!info) continue;
    if (info.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) await walkDir(abs, found, seen, visited);
      continue;
    }
    if (!info.isFile() || !kind || SKIPPED_FILE.test(entry.name) || seen.has(abs)) continue;
    seen.add(abs);
    found.files.push({ abs, path: displayPath(abs), kind, size: info.size, mtimeMs: info.mtimeMs });
  }
}
