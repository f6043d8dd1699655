import { describe, it, expect } from "vitest";
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
    expect(tokenizer.cut("统一的API网关")).toContain("网关");
  });
});
