// The per-file cache: a second run serves unchanged files from .cache entries without parsing
// them again, a changed file is read afresh, and identical files in two places share an entry.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSources } from "../../src/node/sources";
import { makeTempDir, removeTempDirs } from "../fixtures/sources/generate";

afterAll(removeTempDirs);

describe("readSources with a cache", () => {
  it("reads normally when the cache folder holds garbage", async () => {
    const dir = makeTempDir("cache-bad");
    const cacheDir = makeTempDir("cache-store");
    writeFileSync(join(cacheDir, "index.json"), "{not json");
    writeFileSync(join(dir, "a.md"), "# 甲\n\n正文。\n");
    const result = await readSources([dir], { cacheDir });
    expect(result.talks.map((t) => t.title)).toEqual(["甲"]);
  });

  it("serves unchanged files from the cache and re-reads a changed one", async () => {
    const dir = makeTempDir("cache");
    const cacheDir = makeTempDir("cache-store");
    writeFileSync(join(dir, "a.md"), "# 甲\n\n关于 Kafka。\n");
    writeFileSync(join(dir, "b.jsonl"), '{"title": "乙", "speaker": "张三"}\n');
    const cold = await readSources([dir], { cacheDir });
    const entries = readdirSync(join(cacheDir, "entries"));
    expect(entries).toHaveLength(2);

    // Prove the warm run uses the entries: mark one, and the mark comes back.
    for (const name of entries) {
      const path = join(cacheDir, "entries", name);
      writeFileSync(path, readFileSync(path, "utf8").replace('"乙"', '"乙 (cached)"'));
    }
    const warm = await readSources([dir], { cacheDir });
    expect(warm.talks.map((t) => t.title)).toEqual(["甲", "乙 (cached)"]);
    expect(warm.sources).toEqual(cold.sources);

    // A changed file misses and is parsed again.
    writeFileSync(join(dir, "b.jsonl"), '{"title": "丙", "speaker": "张三"}\n{"title": "丁"}\n');
    const changed = await readSources([dir], { cacheDir });
    expect(changed.talks.map((t) => t.title)).toEqual(["甲", "丙", "丁"]);
    expect(changed.sources.map((s) => s.talks)).toEqual([1, 2]);
  });

  it("names the file being read when an identical file was cached under another name", async () => {
    const dir = makeTempDir("cache-copy");
    const cacheDir = makeTempDir("cache-store");
    writeFileSync(join(dir, "one.md"), "# 同一个演讲\n");
    await readSources([join(dir, "one.md")], { cacheDir });
    writeFileSync(join(dir, "two.md"), "# 同一个演讲\n");
    const result = await readSources([join(dir, "two.md")], { cacheDir });
    expect(result.talks[0]!.source.endsWith("/two.md")).toBe(true);
    expect(readdirSync(join(cacheDir, "entries"))).toHaveLength(1);
  });

  it("gives the same talks, sources and problems warm as cold on the real corpus", async () => {
    const cacheDir = makeTempDir("cache-corpus");
    const cold = await readSources(["data"], { cacheDir });
    const warm = await readSources(["data"], { cacheDir });
    expect(warm).toEqual(cold);
  });
});
