// A one-word name written as two words ("Byte Code") is found even when a term shares its first
// word and a space ("Byte Dance"); two words that are each a term stay two terms.
import { describe, it, expect } from "vitest";
import { extractEntities } from "../../src/core/extract";
import { lexiconTerms } from "../../src/core/lexicon";
import type { Talk } from "../../src/core/types";
import { createJiebaTokenizer } from "../../src/node/jieba";
import { realLexicon } from "./extract-fixture";

const lexicon = realLexicon();
const tokenizer = createJiebaTokenizer(lexiconTerms(lexicon));
const linked = (title: string, text: string): string[] => {
  const talk: Talk = { id: "t:1", title, source: "test", text };
  const result = extractEntities([talk], lexicon, tokenizer, { discover: false });
  return result.mentions.map((m) => result.entities.find((e) => e.id === m.entity)!.name);
};

describe("one-space gaps inside a name", () => {
  it("reads Byte Code as bytecode although Byte Dance is a term", () => {
    // PyCon China 2019 上海, "Byte Code 的革命".
    const names = linked(
      "Byte Code 的革命",
      "从 Python3.6 开始， Byte Code 进行了一场革命——引入一套新指令系统 Word Instruction。",
    );
    expect(names).toContain("字节码");
    expect(names).not.toContain("字节跳动");
  });

  it("keeps two terms apart when the first word is a term itself", () => {
    const names = linked("Go monkey patch 的原理及应用", "");
    expect(names).toContain("Monkey Patch");
    expect(names).not.toContain("gomonkey");
  });

  it("does not read two short English words as an acronym", () => {
    // PyCon China 2019, an English abstract: "is a" is no ISA (指令集).
    const names = linked(
      "Python 交易系统",
      "A cryptocurrency trading system is a interesting thing.",
    );
    expect(names).not.toContain("指令集");
    expect(linked("消息队列", "我们用 Rabbit MQ 做削峰。")).toContain("RabbitMQ");
  });

  it("reads a term across the space mixed text puts between Chinese and Latin", () => {
    // SOFAChannel#1: "负载均衡我们内置了随机、轮询、权重、一致性 hash 等算法".
    const names = linked(
      "从蚂蚁金服微服务实践谈起",
      "负载均衡内置了随机、轮询、权重、一致性 hash 等算法。",
    );
    expect(names).toContain("一致性哈希");
    expect(names).not.toContain("一致性");
  });
});
