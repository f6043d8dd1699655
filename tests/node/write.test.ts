// Snapshots are written atomically: the new file appears whole or not at all, and a run that
// cannot finish leaves the previous snapshot as it was (extract CLI in a child process).
import { describe, it, expect } from "vitest";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { writeFileAtomic } from "../../src/node/write";

const run = promisify(execFile);

describe("writeFileAtomic", () => {
  it("replaces the file whole and leaves no temp file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "talkgraph-write-"));
    const path = join(dir, "graph.json");
    writeFileSync(path, "old");
    await writeFileAtomic(path, "new snapshot");
    expect(readFileSync(path, "utf8")).toBe("new snapshot");
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it("names the path when it cannot write, and cleans up its temp file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "talkgraph-write-"));
    // A non-empty folder where the snapshot should go: the final rename fails.
    const path = join(dir, "graph.json");
    mkdirSync(path);
    writeFileSync(join(path, "keep.txt"), "x");
    await expect(writeFileAtomic(path, "data")).rejects.toThrow(`could not write ${path}`);
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });
});

describe("npm run extract when the run cannot finish", () => {
  it("exits non-zero, says why, and leaves the previous snapshot byte for byte", async () => {
    const dir = mkdtempSync(join(tmpdir(), "talkgraph-write-"));
    const out = join(dir, "graph.json");
    const previous = '{"schema":"talkgraph/1","previous":true}\n';
    writeFileSync(out, previous);
    // A lexicon folder with a broken file stops the run before anything is built.
    const lexicon = join(dir, "lexicon");
    mkdirSync(lexicon);
    writeFileSync(
      join(lexicon, "broken.json"),
      '{"entries": [{"name": "TiDB", "type": "databse"}]}',
    );
    const result = await run(
      resolve("node_modules/.bin/tsx"),
      [
        resolve("scripts/extract.ts"),
        "data/seed",
        "--lexicon",
        lexicon,
        "--out",
        out,
        "--no-cache",
      ],
      { encoding: "utf8" },
    ).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code?: number; stderr?: string }) => ({ code: e.code ?? -1, stderr: e.stderr ?? "" }),
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("broken.json");
    expect(readFileSync(out, "utf8")).toBe(previous);
    expect(readdirSync(dir).sort()).toEqual(["graph.json", "lexicon"]);
  });
});
