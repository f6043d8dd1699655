// A talk listed under several events keeps them: editions of one series link the series too.
import { describe, it, expect } from "vitest";
import { extractEntities } from "../../src/core/extract";
import { lexiconTerms } from "../../src/core/lexicon";
import { mergeTalks } from "../../src/core/merge";
import type { TalkInput } from "../../src/core/types";
import { createJiebaTokenizer } from "../../src/node/jieba";
import { corpusTalks, realLexicon } from "./extract-fixture";

const lexicon = realLexicon();
const tokenizer = createJiebaTokenizer(lexiconTerms(lexicon));

describe("talks listed under several events", () => {
  it("merging keeps every event a talk was listed under", () => {
    const input = (event: string): TalkInput => ({
      title: "领域驱动的架构演进",
      speaker: "张逸",
      event,
      source: "ddd.jsonl",
      text: "",
    });
    const [one] = mergeTalks([
      input("DDD China 2019 领域驱动设计峰会"),
      input("DDD China 2020 领域驱动设计峰会"),
    ]);
    expect(one!.event).toBe("DDD China 2019 领域驱动设计峰会");
    expect(one!.events).toEqual([
      "DDD China 2019 领域驱动设计峰会",
      "DDD China 2020 领域驱动设计峰会",
    ]);
    expect(mergeTalks([input("DDD China 2019 领域驱动设计峰会")])[0]!.events).toBeUndefined();
  });

  it("a talk given at two editions of a series is linked to the first and to the series", () => {
    // The corpus lists this talk under DDD China 2019 (ddd-china-2019-77) and 2020 (-113).
    const talks = corpusTalks(
      [{ id: "ddd-china-2019-77" }, { id: "ddd-china-2020-113" }],
      ["ddd-china-2019-2020.jsonl"],
    );
    expect(talks).toHaveLength(1);
    const result = extractEntities(talks, lexicon, tokenizer, { discover: false });
    const events = result.mentions
      .map((m) => result.entities.find((e) => e.id === m.entity)!)
      .filter((e) => e.type === "event")
      .map((e) => e.name)
      .sort();
    expect(events).toEqual(["DDD China", "DDD China 2019"]);
  });

  it("a talk listed under unrelated events is linked to each", () => {
    const input = (event: string): TalkInput => ({
      title: "蚂蚁集团 Service Mesh 落地实践",
      speaker: "敖小剑",
      event,
      source: "talks.jsonl",
      text: "",
    });
    const result = extractEntities(
      mergeTalks([input("QCon上海2019"), input("ArchSummit北京2019")]),
      lexicon,
      tokenizer,
      { discover: false },
    );
    const linked = new Set(result.mentions.map((m) => m.entity));
    const names = result.entities
      .filter((e) => e.type === "event" && linked.has(e.id))
      .map((e) => e.name);
    expect(names.sort()).toEqual(["ArchSummit北京2019", "QCon上海2019"]);
  });
});
