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

/** The entity ids each text's talk mentions, extracted together as one corpus. */
function linkedEach(...texts: string[]): string[][] {
  const result = extractEntities(
    texts.map((text, i) => talk(`t:${i + 1}`, text)),
    lexicon,
    tokenizer,
  );
  return texts.map((_, i) =>
    result.mentions.filter((m) => m.talk === `t:${i + 1}`).map((m) => m.entity),
  );
}

describe("context-gated entries", () => {
  it("reads 构建系统 as a build system only where the talk is about building software", () => {
    const [everyday, build] = linkedEach(
      "我们使用 Kafka 和 Redis 构建系统，支撑大促流量。",
      "从 Maven 迁移到 Bazel 之后，构建系统的增量构建快了十倍。",
    );
    expect(everyday).toContain("e:kafka");
    expect(everyday).not.toContain("e:构建系统");
    expect(build).toContain("e:构建系统");
  });
});

describe("company names that are everyday words", () => {
  it("reads 平安 as Ping An only beside insurance or finance", () => {
    const [everyday, insurer] = linkedEach(
      "大促当天系统平安度过，没有出现故障。",
      "平安的保险核心系统完成了分布式改造。",
    );
    expect(everyday).not.toContain("e:中国平安");
    expect(insurer).toContain("e:中国平安");
  });
});
