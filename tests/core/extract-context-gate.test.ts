// Context-gated lexicon entries on the real lexicon: a name that is also everyday Chinese
// ("构建系统", "to build a system") counts only beside one of its context words.
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../src/core/extract";
import { lexiconTerms } from "../../src/core/lexicon";
import type { Talk } from "../../src/core/types";
import { createJiebaTokenizer } from "../../src/node/jieba";
import { realLexicon } from "./extract-fixture";

const lexicon = realLexicon();
const tokenizer = createJiebaTokenizer(lexiconTerms(lexicon));
const talk = (id: string, text: string): Talk => ({
  id,
  title: `talk ${id}`,
  source: "test",
  text,
});

describe("context-gated entries", () => {
  it("reads 构建系统 as a build system only where the talk is about building software", () => {
    const result = extractEntities(
      [
        talk("t:1", "我们使用 Kafka 和 Redis 构建系统，支撑大促流量。"),
        talk("t:2", "从 Maven 迁移到 Bazel 之后，构建系统的增量构建快了十倍。"),
      ],
      lexicon,
      tokenizer,
    );
    const linked = (id: string) =>
      result.mentions.filter((m) => m.talk === id).map((m) => m.entity);
    expect(linked("t:1")).toContain("e:kafka");
    expect(linked("t:1")).not.toContain("e:构建系统");
    expect(linked("t:2")).toContain("e:构建系统");
  });
});

describe("company names that are everyday words", () => {
  it("reads 平安 as Ping An only beside insurance or finance", () => {
    const result = extractEntities(
      [
        talk("t:1", "大促当天系统平安度过，没有出现故障。"),
        talk("t:2", "平安的保险核心系统完成了分布式改造。"),
      ],
      lexicon,
      tokenizer,
    );
    const linked = (id: string) =>
      result.mentions.filter((m) => m.talk === id).map((m) => m.entity);
    expect(linked("t:1")).not.toContain("e:中国平安");
    expect(linked("t:2")).toContain("e:中国平安");
  });
});
