// Version-qualified names ("Python 3.6", "Go 1.13"): an entity of their own, is-a the base entry.
import { describe, it, expect } from "vitest";
import { extractEntities } from "../../src/core/extract";
import { versionAfter } from "../../src/core/extract/versions";
import { lexiconTerms } from "../../src/core/lexicon";
import type { Talk } from "../../src/core/types";
import { createJiebaTokenizer } from "../../src/node/jieba";
import { realLexicon } from "./extract-fixture";

const lexicon = realLexicon();
const tokenizer = createJiebaTokenizer(lexiconTerms(lexicon));
const talk = (id: string, title: string, text: string): Talk => ({
  id,
  title,
  source: "test",
  text,
});
const names = (result: ReturnType<typeof extractEntities>, id: string): string[] =>
  result.mentions
    .filter((m) => m.talk === id)
    .map((m) => result.entities.find((e) => e.id === m.entity)!.name)
    .sort();

describe("version-qualified names", () => {
  it("reads a version after a name, and after an alias that ends on its major", () => {
    expect(versionAfter("What's new in Go 1.13？", 14, 16)?.version).toBe("1.13");
    // "Python3" is an alias of Python: the release is 3.6, not 3 followed by ".6".
    expect(versionAfter("从 Python3.6 开始", 2, 9)?.version).toBe("3.6");
    expect(versionAfter("Dubbo 2.6.x 版本", 0, 5)).toBeUndefined();
    expect(versionAfter("Go 2019 年", 0, 2)).toBeUndefined();
    expect(versionAfter("Mosn V1 和 Mosn V2", 0, 4)).toBeUndefined();
    expect(versionAfter("Visual Studio Code2. Visual", 0, 18)).toBeUndefined();
  });

  it("links the release discussed by a talk, is-a its language, and still the language", () => {
    const result = extractEntities(
      [
        talk(
          "t:1",
          "第 58 期 What's new in Go 1.13？",
          "Go 1.13 带来了 GOPROXY 默认值、errors 包的 Wrap 支持以及数字字面量的改进。",
        ),
        talk(
          "t:2",
          "Byte Code 的革命",
          "从 Python3.6 开始， Byte Code 进行了一场革命——引入一套新指令系统 Word Instruction。",
        ),
      ],
      lexicon,
      tokenizer,
      { discover: false },
    );
    expect(names(result, "t:1")).toEqual(expect.arrayContaining(["Go", "Go 1.13"]));
    expect(names(result, "t:2")).toEqual(expect.arrayContaining(["Python", "Python 3.6"]));
    const go113 = result.entities.find((e) => e.name === "Go 1.13")!;
    expect(go113.type).toBe("technology");
    expect(result.relations).toContainEqual({ source: go113.id, target: "e:go", type: "is-a" });
  });

  it("does not take a patch release said once, or a bare major said once in the text", () => {
    const result = extractEntities(
      [
        talk(
          "t:3",
          "SOFARPC 性能优化实践",
          "我们在 SOFABolt 1.5.0 中加入了这个开关；升级到 Python 3 以后也一样。",
        ),
      ],
      lexicon,
      tokenizer,
      { discover: false },
    );
    const got = names(result, "t:3");
    expect(got).toContain("SOFABolt");
    expect(got).not.toContain("SOFABolt 1.5.0");
    expect(got.filter((n) => /\d/u.test(n))).toEqual([]);
  });
});
