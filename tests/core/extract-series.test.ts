// Numbered sessions without an event field get the series their sibling sessions name.
import { describe, it, expect } from "vitest";
import { extractEntities } from "../../src/core/extract";
import { isEpisodeTitle } from "../../src/core/extract/metadata";
import { lexiconTerms } from "../../src/core/lexicon";
import type { Talk } from "../../src/core/types";
import { createJiebaTokenizer } from "../../src/node/jieba";
import { realLexicon } from "./extract-fixture";

const lexicon = realLexicon();
const tokenizer = createJiebaTokenizer(lexiconTerms(lexicon));
const NOTES = "data/corpus/talkgo-night-notes.jsonl";
const note = (id: string, title: string, text: string, source = NOTES): Talk => ({
  id,
  title,
  source,
  text,
});
// Notes of the talkgo night sessions, as the corpus holds them: most say "Go 夜读", some do not.
const notes = (): Talk[] => [
  note("t:31", "第 31 期 Go 夜读之 flag 包源码阅读", "*Go 标准包阅读* Go 版本：go 1.11.5 ### 总结"),
  note("t:33", "第 33 期 Go 夜读之 Go defer 和逃逸分析", "2019.3.7 晚上 ## 观看视频"),
  note("t:51", "第 51 期 Go 夜读之 sync/errgroup 源码阅读", "## 观看视频 errgroup 的实现"),
  note(
    "t:23",
    "第 23 期 Drone 简单介绍和部分源码分析",
    "## 观看视频 ## 参考资料 1. 基于 gogs/gitlab 和 drone 搭建的 CI/CD 平台",
  ),
];
const eventsOf = (result: ReturnType<typeof extractEntities>, id: string): string[] =>
  result.mentions
    .filter((m) => m.talk === id)
    .map((m) => result.entities.find((e) => e.id === m.entity)!)
    .filter((e) => e.type === "event")
    .map((e) => e.name);

describe("series of numbered sessions", () => {
  it("tells a title that opens with a session number from one that names its series", () => {
    expect(isEpisodeTitle("第 23 期 Drone 简单介绍和部分源码分析")).toBe(true);
    expect(isEpisodeTitle("第 1 期每日阅读特训营")).toBe(true);
    expect(isEpisodeTitle("分布式事务 Seata Saga 模式首秀 | Meetup#3 回顾")).toBe(false);
    expect(isEpisodeTitle("SOFAChannel#31 RPC 框架设计的考和量")).toBe(false);
    expect(isEpisodeTitle("Drone 简单介绍和部分源码分析")).toBe(false);
  });

  it("gives a session that never names its series the one its siblings name", () => {
    const result = extractEntities(notes(), lexicon, tokenizer, { discover: false });
    expect(eventsOf(result, "t:23")).toEqual(["Go 夜读"]);
    const m = result.mentions.find((x) => x.talk === "t:23" && x.entity === "e:go-夜读")!;
    expect(m.evidence[0]!.text).toContain("第 23 期");
  });

  it("needs a majority of siblings from the same source", () => {
    const [a, , , d] = notes();
    const others = [
      note(
        "t:2",
        "第 2 期 2018-04-11 线下分享内容",
        "Teleport 是一个通用、高效、灵活的Socket框架。",
      ),
      note("t:3", "第 3 期 2018-04-18 线下活动", "strings 包源码阅读"),
    ];
    const few = extractEntities([a!, d!, ...others], lexicon, tokenizer, { discover: false });
    expect(eventsOf(few, "t:23")).toEqual([]);
    // Siblings in another file say nothing about this one.
    const apart = notes().map((t) => (t.id === "t:23" ? { ...t, source: "other.jsonl" } : t));
    const split = extractEntities(apart, lexicon, tokenizer, { discover: false });
    expect(eventsOf(split, "t:23")).toEqual([]);
  });
});
