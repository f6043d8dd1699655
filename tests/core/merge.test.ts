// mergeTalks and talkId: the same talk from two sources becomes one, ids follow the documented
// FNV-1a rule, and the real DDD China records (2019 talks repeated under 2020) collapse.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fnv1a32, mergeTalks, normalizeKey, talkId } from "../../src/core/merge";
import type { TalkInput } from "../../src/core/types";

const talk = (fields: Partial<TalkInput> & { title: string; source: string }): TalkInput => ({
  text: "",
  ...fields,
});

describe("mergeTalks", () => {
  it("returns nothing for no inputs", () => {
    expect(mergeTalks([])).toEqual([]);
  });

  it("merges the same talk from a listing and a PDF, first source first, fields filled", () => {
    const listing = talk({
      title: "构建强一致性分布式数据库 TiDB",
      speaker: "沈泰宁",
      company: "PingCAP",
      source: "data/seed/000.txt",
      text: "What is TiDB? How to test?",
      tags: ["数据库"],
    });
    const pdf = talk({
      title: "构建强一致性分布式数据库TiDB", // no space: same talk after normalisation
      speaker: "沈泰宁",
      source: "decks/tidb.pdf",
      text: "TiDB\fChaos Mesh",
      pageOffsets: [0, 5],
      pages: 2,
      tags: ["数据库", "TiDB"],
    });
    const merged = mergeTalks([listing, pdf]);
    expect(merged).toHaveLength(1);
    const [one] = merged;
    expect(one!.source).toBe("data/seed/000.txt");
    expect(one!.sources).toEqual(["data/seed/000.txt", "decks/tidb.pdf"]);
    expect(one!.company).toBe("PingCAP");
    expect(one!.pages).toBe(2);
    expect(one!.tags).toEqual(["数据库", "TiDB"]);
    expect(one!.text).toBe("What is TiDB? How to test?\n\nTiDB\fChaos Mesh");
    // The PDF's pages start after the listing text and the blank line between them.
    const start = "What is TiDB? How to test?\n\n".length;
    expect(one!.pageOffsets).toEqual([start, start + 5]);
    expect(one!.text.slice(one!.pageOffsets![1]!)).toBe("Chaos Mesh");
  });

  it("keeps talks with the same title by different speakers apart", () => {
    const merged = mergeTalks([
      talk({ title: "中台规划的七种武器", speaker: "亢江妹", source: "a.jsonl" }),
      talk({ title: "中台规划的七种武器", speaker: "王健", source: "a.jsonl" }),
    ]);
    expect(merged.map((t) => t.speaker).sort()).toEqual(["亢江妹", "王健"]);
  });

  it("does not repeat a text another source already holds", () => {
    const merged = mergeTalks([
      talk({ title: "T", source: "a.md", text: "摘要" }),
      talk({ title: "T", source: "b.md", text: "摘要" }),
    ]);
    expect(merged[0]!.text).toBe("摘要");
  });

  it("collapses the DDD China 2019 talks repeated under 2020 in the real corpus", () => {
    const lines = readFileSync("data/corpus/ddd-china-2019-2020.jsonl", "utf8").trim().split("\n");
    const records = lines.map(
      (line) =>
        JSON.parse(line) as { title: string; speaker: string; abstract: string; event: string },
    );
    const inputs = records.map((r) =>
      talk({
        title: r.title,
        speaker: r.speaker,
        source: "ddd.jsonl",
        text: r.abstract,
        event: r.event,
      }),
    );
    // Expected, counted apart: one talk per title and speaker, where the speakers of one
    // listing (same title, event and abstract) count as one.
    const speakersOf = new Map<string, Set<string>>();
    for (const r of records) {
      const key = `${r.title}\u0000${r.event}\u0000${r.abstract}`;
      speakersOf.set(key, (speakersOf.get(key) ?? new Set()).add(r.speaker));
    }
    const expected = new Set(
      records.map((r) => {
        const all = [...speakersOf.get(`${r.title}\u0000${r.event}\u0000${r.abstract}`)!];
        return `${r.title}\u0000${all.join("、")}`;
      }),
    );
    const merged = mergeTalks(inputs);
    expect(merged).toHaveLength(expected.size);
    expect(merged.length).toBeLessThan(inputs.length);
    const ids = merged.map((t) => t.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    // A talk listed once per speaker is one talk with both.
    const weapons = merged.filter((t) => t.title === "中台规划的七种武器");
    expect(weapons.map((t) => t.speaker)).toEqual(["亢江妹、王健"]);
  });

  it("keeps a repeated title with another text as a talk of its own", () => {
    const a = talk({ title: "开场", speaker: "甲", source: "a", text: "第一天的开场", event: "E" });
    const b = talk({ title: "开场", speaker: "乙", source: "a", text: "第二天的开场", event: "E" });
    const c = talk({ title: "开场", speaker: "丙", source: "a", text: "第一天的开场", event: "F" });
    expect(
      mergeTalks([a, b, c])
        .map((t) => t.speaker)
        .sort(),
    ).toEqual(["丙", "乙", "甲"]);
    const d = talk({ title: "开场", speaker: "丁", source: "b", text: "第一天的开场", event: "E" });
    expect(mergeTalks([a, d]).map((t) => t.speaker)).toEqual(["甲、丁"]);
  });
});

describe("talkId", () => {
  it("hashes with FNV-1a 32 (published test vectors)", () => {
    expect(fnv1a32("")).toBe("811c9dc5");
    expect(fnv1a32("a")).toBe("e40c292c");
    expect(fnv1a32("foobar")).toBe("bf9cf968");
  });

  it("is t: + FNV-1a of the normalised title, NUL, speaker", () => {
    expect(talkId("Foo Bar", undefined)).toBe("t:" + fnv1a32("foobar\u0000"));
    expect(talkId("foo", "bar")).not.toBe(talkId("foobar", ""));
    expect(talkId("foo", "bar")).toMatch(/^t:[0-9a-f]{8}$/);
  });

  it("ignores width, case, spaces and punctuation", () => {
    expect(normalizeKey("ＴｉＤＢ：构建 强一致性！")).toBe("tidb构建强一致性");
    expect(talkId("Service Mesh 实践", "敖小剑")).toBe(talkId("service-mesh实践。", " 敖小剑 "));
  });
});
