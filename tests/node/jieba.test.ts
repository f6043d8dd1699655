import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { createJiebaTokenizer } from "../../src/node/jieba";

describe("createJiebaTokenizer", () => {
  const tokenizer = createJiebaTokenizer(["绞杀者模式", "API网关", "Service Mesh"]);

  it("gives back the input word for word, even for empty or odd text", () => {
    for (const text of ["", " \n\t", "构建强⼀致性 TiDB!!", "R&D Engineer @ PingCAP • grpc-rs"]) {
      expect(tokenizer.cut(text).join("")).toBe(text);
      expect(
        tokenizer
          .tag(text)
          .map((t) => t.word)
          .join(""),
      ).toBe(text);
    }
  });

  it("keeps Latin words whole instead of jieba's single letters", () => {
    expect(tokenizer.cut("数据库 TiDB")).toEqual(["数据库", " ", "TiDB"]);
    expect(tokenizer.tag("TiDB")).toEqual([{ word: "TiDB", tag: "eng" }]);
  });

  it("keeps the CJK part of lexicon terms as one word", () => {
    expect(tokenizer.cut("绞杀者模式")).toEqual(["绞杀者模式"]);
    expect(tokenizer.tag("绞杀者模式")).toEqual([{ word: "绞杀者模式", tag: "nz" }]);
    expect(tokenizer.cut("统一的API网关")).toContain("网关");
  });

  it("does not make the CJK part of a mixed term a proper noun", () => {
    // Words no other test inserts (jieba's dictionary is process-wide).
    const before = createJiebaTokenizer([]).wordTag("自动化");
    const mixed = createJiebaTokenizer(["UI 自动化", "K8s 灰度升级", "SOFA 绞杀者模式"]);
    // A word jieba knows keeps its tag; an unknown part is one plain noun.
    expect(mixed.wordTag("自动化")).toBe(before);
    expect(mixed.tag("灰度升级")).toEqual([{ word: "灰度升级", tag: "n" }]);
    // A part that is also a whole term stays that term.
    expect(mixed.wordTag("绞杀者模式")).toBe("nz");
  });
});

describe("cutRuns (one nodejieba call for all runs of a field)", () => {
  const tokenizer = createJiebaTokenizer(["绞杀者模式", "服务网格"]);

  it("gives every CJK run of the real seed listing the words a call of its own gives", () => {
    const text = readFileSync("data/seed/000_273db00fd3d303de.txt", "utf8");
    const runs = text.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu) ?? [];
    expect(runs.length).toBeGreaterThan(500);
    const batched = tokenizer.cutRuns!(runs);
    expect(batched).toHaveLength(runs.length);
    runs.forEach((run, i) => expect(batched[i]).toEqual(tokenizer.cut(run)));
  });

  it("handles no runs and one-character runs", () => {
    expect(tokenizer.cutRuns!([])).toEqual([]);
    expect(tokenizer.cutRuns!(["的", "一", "服务网格"])).toEqual([["的"], ["一"], ["服务网格"]]);
  });
});
