// A small hand-built corpus for the graph tests: 6 talks, 11 entities (one never mentioned).
// Talks 1–2 are about TiDB, 3 about Kafka, 4–5 about service mesh; talk 6 shares only a
// speaker and an event with the others, so it must not come out as related to anything.
import type { Entity, Mention, Relation, Talk } from "../../src/core/types";

const talk = (id: string, title: string, speaker?: string): Talk => ({
  id,
  title,
  ...(speaker ? { speaker } : {}),
  event: "QCon北京2018",
  source: "fixture.txt",
  text: "",
});

export const TALKS: Talk[] = [
  talk("t:00000001", "TiDB 与分布式数据库", "沈泰宁"),
  talk("t:00000002", "分布式数据库的监控", "沈泰宁"),
  talk("t:00000003", "Kafka 消息队列"),
  talk("t:00000004", "微服务与 Service Mesh"),
  talk("t:00000005", "Istio 实践"),
  talk("t:00000006", "沈泰宁的闲谈", "沈泰宁"),
];

const entity = (
  id: string,
  name: string,
  type: Entity["type"],
  origin: Entity["origin"] = "lexicon",
): Entity => ({
  id,
  name,
  type,
  aliases: [],
  origin,
});

export const ENTITIES: Entity[] = [
  entity("e:tidb", "TiDB", "technology"),
  entity("e:分布式数据库", "分布式数据库", "concept"),
  entity("e:prometheus", "Prometheus", "technology"),
  entity("e:pingcap", "PingCAP", "company"),
  entity("e:kafka", "Kafka", "technology"),
  entity("e:微服务", "微服务", "concept"),
  entity("e:service-mesh", "Service Mesh", "concept"),
  entity("e:istio", "Istio", "technology"),
  entity("e:沈泰宁", "沈泰宁", "person", "metadata"),
  entity("e:qcon", "QCon", "event", "metadata"),
  entity("e:cobol", "COBOL", "technology"),
];

const mention = (t: string, e: string, count: number, inTitle = false): Mention => ({
  talk: `t:0000000${t}`,
  entity: e,
  count,
  inTitle,
  evidence: [{ text: `talk ${t} on ${e}` }],
});

export const MENTIONS: Mention[] = [
  mention("1", "e:tidb", 5, true),
  mention("1", "e:分布式数据库", 3, true),
  mention("1", "e:prometheus", 2),
  mention("1", "e:pingcap", 1),
  mention("1", "e:沈泰宁", 1),
  mention("1", "e:qcon", 1),
  mention("2", "e:tidb", 2),
  mention("2", "e:分布式数据库", 4, true),
  mention("2", "e:prometheus", 3),
  mention("2", "e:pingcap", 1),
  mention("2", "e:沈泰宁", 1),
  mention("3", "e:kafka", 6, true),
  mention("3", "e:prometheus", 1),
  mention("3", "e:qcon", 1),
  mention("4", "e:微服务", 4, true),
  mention("4", "e:service-mesh", 3, true),
  mention("4", "e:istio", 2),
  mention("4", "e:qcon", 1),
  mention("5", "e:istio", 5, true),
  mention("5", "e:service-mesh", 2),
  mention("5", "e:微服务", 1),
  mention("5", "e:kafka", 1),
  mention("5", "e:qcon", 1),
  mention("6", "e:沈泰宁", 1),
  mention("6", "e:qcon", 1),
];

export const RELATIONS: Relation[] = [
  { source: "e:pingcap", target: "e:tidb", type: "develops" },
  { source: "e:tidb", target: "e:prometheus", type: "uses" },
  { source: "e:istio", target: "e:service-mesh", type: "is-a" },
  { source: "e:istio", target: "e:service-mesh", type: "part-of" },
  // Not an entity of this corpus, and a self-relation: both must be skipped.
  { source: "e:oracle", target: "e:tidb", type: "client-of" },
  { source: "e:kafka", target: "e:kafka", type: "uses" },
];

export const FIXTURE = {
  talks: TALKS,
  entities: ENTITIES,
  mentions: MENTIONS,
  relations: RELATIONS,
};
