import { describe, it, expect } from "vitest";
import { extractEntities, formatCandidateReport } from "../../src/core/extract";
import { lexiconTerms, validateLexicon } from "../../src/core/lexicon";
import type { Talk } from "../../src/core/types";
import { createJiebaTokenizer } from "../../src/node/jieba";
import { seedTalks } from "./extract-fixture";

const E = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  description: `${name}.`,
  ...extra,
});
const lexicon = validateLexicon([
  {
    path: "test.json",
    data: {
      entries: [
        E("TiDB", "technology"),
        E("PingCAP", "company", { relations: [{ type: "develops", target: "TiDB" }] }),
        E("Prometheus", "technology"),
        E("rust-prometheus", "technology", {
          relations: [{ type: "client-of", target: "Prometheus" }],
        }),
        E("gRPC", "technology"),
        E("grpc-rs", "technology", { relations: [{ type: "client-of", target: "gRPC" }] }),
        E("Java", "technology"),
        E("JavaScript", "technology"),
        E("IM", "concept", { aliases: ["即时通讯"], context: ["消息", "聊天"] }),
        E("CAT", "technology", { context: ["监控", "zipkin"] }),
        E("RabbitMQ", "technology"),
        E("Service Mesh", "technology", { aliases: ["服务网格"] }),
        E("Lua", "technology"),
        E("CI/CD", "concept", { aliases: ["CICD"] }),
        E("苏宁", "company", { aliases: ["苏宁易购"] }),
        E("网易云", "company", { aliases: ["163yun.com"] }),
        E("QCon", "event"),
        E("中台", "concept"),
        E("高可用", "concept"),
        E("小程序", "technology"),
      ],
    },
  },
]);
const tokenizer = createJiebaTokenizer(lexiconTerms(lexicon));
const talk = (id: string, text: string, extra: Partial<Talk> = {}): Talk => ({
  id,
  title: extra.title ?? id,
  source: "test",
  text,
  ...extra,
});
const linked = (result: ReturnType<typeof extractEntities>, talkId: string) =>
  result.mentions
    .filter((m) => m.talk === talkId)
    .map((m) => m.entity)
    .sort();

describe("extractEntities", () => {
  it("rejects invalid options by name", () => {
    expect(() => extractEntities([], lexicon, tokenizer, { minDf: -1 })).toThrow(/option minDf/);
  });

  it("returns nothing for no talks and for a talk without known terms", () => {
    expect(extractEntities([], lexicon, tokenizer)).toEqual({
      entities: [],
      mentions: [],
      relations: [],
      candidates: [],
    });
    expect(
      linked(extractEntities([talk("t:1", "今天天气很好")], lexicon, tokenizer), "t:1"),
    ).toEqual([]);
  });

  it("matches Latin names only on word boundaries, case-insensitively", () => {
    const r = extractEntities(
      [talk("t:1", "JavaScript 与 IMAGE 处理；Ng+ LUA 脚本；javaee 不算")],
      lexicon,
      tokenizer,
    );
    expect(linked(r, "t:1")).toEqual(["e:javascript", "e:lua"]);
  });

  it("counts context-gated names only beside a context word", () => {
    const without = extractEntities([talk("t:1", "cat 命令输出文件")], lexicon, tokenizer);
    const withCtx = extractEntities([talk("t:1", "cat,elk,zipkin 等监控工具")], lexicon, tokenizer);
    expect(linked(without, "t:1")).toEqual([]);
    expect(linked(withCtx, "t:1")).toEqual(["e:cat"]);
  });

  it("merges aliases and spellings into the canonical entity", () => {
    const r = extractEntities(
      [talk("t:1", "RabbitMq-1 集群；服务网格与 Service  Mesh；CICD 流水线")],
      lexicon,
      tokenizer,
    );
    expect(linked(r, "t:1")).toEqual(["e:ci/cd", "e:rabbitmq", "e:service-mesh"]);
    expect(r.mentions.find((m) => m.entity === "e:service-mesh")?.count).toBe(2);
  });

  it("reads a one-word name written as two words, but not across two spaces or a word end", () => {
    const r = extractEntities(
      [talk("t:1", "接入 Rabbit MQ 集群"), talk("t:2", "rabbit  mq 与 rabbit mqtt 不是它")],
      lexicon,
      tokenizer,
    );
    expect(linked(r, "t:1")).toEqual(["e:rabbitmq"]);
    expect(linked(r, "t:2")).toEqual([]);
  });

  it("traces client libraries to their parent and keeps lexicon relations among present entities", () => {
    const r = extractEntities(
      [talk("t:1", "Maintainer • rust-prometheus • grpc-rs • TiDB", { company: "PingCAP" })],
      lexicon,
      tokenizer,
    );
    expect(linked(r, "t:1")).toEqual([
      "e:grpc",
      "e:grpc-rs",
      "e:pingcap",
      "e:prometheus",
      "e:rust-prometheus",
      "e:tidb",
    ]);
    expect(r.relations).toEqual([
      { source: "e:grpc-rs", target: "e:grpc", type: "client-of" },
      { source: "e:pingcap", target: "e:tidb", type: "develops" },
      { source: "e:rust-prometheus", target: "e:prometheus", type: "client-of" },
    ]);
  });

  it("adds metadata entities: speaker, lexicon company by alias, event edition is-a series", () => {
    const r = extractEntities(
      [talk("t:1", "正文", { speaker: "禹立彬", company: "苏宁易购", event: "QCon北京2018" })],
      lexicon,
      tokenizer,
    );
    const byId = new Map(r.entities.map((e) => [e.id, e]));
    expect(byId.get("e:禹立彬")).toMatchObject({ type: "person", origin: "metadata" });
    expect(byId.get("e:苏宁")).toMatchObject({ type: "company", origin: "lexicon" });
    expect(byId.get("e:qcon北京2018")).toMatchObject({ type: "event", origin: "metadata" });
    expect(r.relations).toContainEqual({
      source: "e:qcon北京2018",
      target: "e:qcon",
      type: "is-a",
    });
  });

  it("finds companies from their web domains", () => {
    const r = extractEntities(
      [talk("t:1", "设计要点四 www.163yun.com 设计要点五")],
      lexicon,
      tokenizer,
    );
    expect(linked(r, "t:1")).toEqual(["e:网易云"]);
  });

  it("keeps up to 3 short evidence passages with page numbers, and flags title mentions", () => {
    const text = "第一页 TiDB 介绍\f第二页 TiDB 架构\f第三页 TiDB 测试\f第四页 TiDB 总结";
    const pageOffsets = [0, 11, 22, 33];
    const r = extractEntities(
      [{ ...talk("t:1", text, { title: "构建分布式数据库 TiDB" }), pageOffsets }],
      lexicon,
      tokenizer,
    );
    const m = r.mentions.find((x) => x.entity === "e:tidb")!;
    expect(m.inTitle).toBe(true);
    expect(m.count).toBe(5);
    expect(m.evidence).toHaveLength(3);
    expect(m.evidence[0]).toEqual({ text: "构建分布式数据库 TiDB" });
    expect(m.evidence.slice(1).map((e) => e.page)).toEqual([1, 2]);
  });

  it("links the seed talks through shared terms (中台 via the collection, 小程序 in two talks)", () => {
    const talks = seedTalks();
    const r = extractEntities(talks, lexicon, tokenizer);
    const talksOf = (id: string) => r.mentions.filter((m) => m.entity === id).length;
    expect(talksOf("e:中台")).toBe(3);
    expect(talksOf("e:小程序")).toBe(2);
    expect(talksOf("e:prometheus")).toBe(2);
    expect(r.entities.every((e, i, all) => i === 0 || all[i - 1]!.id < e.id)).toBe(true);
  });
});

describe("discovery", () => {
  it("keeps a term repeated across talks and rejects generic words", () => {
    const body = (i: number) =>
      `架构 Fitness Function 检查第${i}次，What is it? 系统 服务 业务。Fitness Function 很重要。`;
    const talks = [1, 2, 3, 4].map((i) => talk(`t:${i}`, body(i)));
    const r = extractEntities(talks, lexicon, tokenizer);
    const fitness = r.candidates.find((c) => c.name === "Fitness Function");
    expect(fitness).toMatchObject({ accepted: true, df: 4, count: 8, type: "concept" });
    expect(r.entities.find((e) => e.id === "e:fitness-function")?.origin).toBe("discovered");
    expect(r.candidates.map((c) => c.name)).not.toContain("系统");
    expect(formatCandidateReport(r.candidates, 5)).toMatch(
      /\+ +4 +8 +concept +Fitness Function — /,
    );
  });
});
