import { describe, it, expect } from "vitest";
import Graph from "graphology";
import {
  buildKnowledgeGraph,
  createKnowledgeGraph,
  mentionWeight,
  npmi,
  resolveGraphSettings,
  validateGraphSettings,
} from "../../src/core/graph";
import type { KnowledgeGraph, RelationEdgeAttributes } from "../../src/core/graph";
import { snapshotSchema } from "../../src/core/snapshot/schema";
import { FIXTURE, MENTIONS, TALKS } from "./graph-fixture";

const built = buildKnowledgeGraph(FIXTURE);
// Graph.from is typed for its own serialised form; the snapshot schema types it more loosely.
const restored = Graph.from(built.graph as never) as KnowledgeGraph;

describe("validateGraphSettings", () => {
  it("rejects a bad value and names the setting", () => {
    expect(() => validateGraphSettings({ cooccurrenceMinSupport: 0 })).toThrow(
      /cooccurrenceMinSupport must be an integer ≥ 1, got 0/,
    );
  });
  it("rejects unknown settings, so a typo does not silently use the default", () => {
    expect(() => validateGraphSettings({ cooccurenceMinSupport: 2 } as never)).toThrow(
      /cooccurenceMinSupport is not a graph setting/,
    );
  });
  it("lists every problem at once, including type weights and inconsistent pairs", () => {
    const call = () =>
      validateGraphSettings({
        pagerankAlpha: 1.5,
        relatedTypeWeights: { person: -1 } as never,
        nodeSizeMin: 20,
      });
    expect(call).toThrow(/pagerankAlpha must be a number > 0 and ≤ 1, got 1.5/);
    expect(call).toThrow(/relatedTypeWeights.person must be a number ≥ 0/);
    expect(call).toThrow(/nodeSizeMin \(20\) exceeds nodeSizeMax \(15\)/);
  });
  it("is enforced by buildKnowledgeGraph", () => {
    expect(() => buildKnowledgeGraph(FIXTURE, { relatedTopN: -1 })).toThrow(/relatedTopN/);
  });
  it("merges partial type weights with the defaults", () => {
    const settings = resolveGraphSettings({ relatedTypeWeights: { event: 0 } as never });
    expect(settings.relatedTypeWeights.event).toBe(0);
    expect(settings.relatedTypeWeights.person).toBe(0.2);
  });
});

describe("createKnowledgeGraph", () => {
  const settings = resolveGraphSettings();
  it("rejects a mention of an unknown talk, naming it", () => {
    const input = { ...FIXTURE, mentions: [{ ...MENTIONS[0]!, talk: "t:missing" }] };
    expect(() => createKnowledgeGraph(input, settings)).toThrow(
      /build.ts\): mention of "e:tidb" names unknown talk "t:missing"/,
    );
  });
  it("rejects a duplicate talk id", () => {
    const input = { ...FIXTURE, talks: [...TALKS, TALKS[0]!] };
    expect(() => createKnowledgeGraph(input, settings)).toThrow(/duplicate talk id "t:00000001"/);
  });
  it("adds talk and entity nodes with their kinds and labels", () => {
    expect(restored.type).toBe("mixed");
    expect(restored.order).toBe(6 + 11);
    expect(restored.getNodeAttributes("t:00000001")).toMatchObject({
      kind: "talk",
      label: "TiDB 与分布式数据库",
      speaker: "沈泰宁",
      event: "QCon北京2018",
    });
    expect(restored.getNodeAttributes("e:沈泰宁")).toMatchObject({
      kind: "entity",
      label: "沈泰宁",
      entityType: "person",
      origin: "metadata",
    });
  });
  it("weighs mentions by 1 + ln(count), plus the title bonus", () => {
    expect(mentionWeight(1, false, 2)).toBe(1);
    expect(mentionWeight(5, true, 2)).toBeCloseTo(1 + Math.log(5) + 2, 4);
    expect(restored.getEdgeAttributes("m:t:00000001|e:tidb")).toMatchObject({
      kind: "mention",
      count: 5,
      inTitle: true,
      weight: 4.6094,
    });
    expect(restored.isUndirected("m:t:00000001|e:tidb")).toBe(true);
  });
  it("adds directed relation edges and folds a second type on the same pair into `also`", () => {
    expect(restored.getEdgeAttributes("r:develops:e:pingcap|e:tidb")).toMatchObject({
      kind: "relation",
      relation: "develops",
    });
    expect(restored.source("r:develops:e:pingcap|e:tidb")).toBe("e:pingcap");
    expect(restored.isDirected("r:develops:e:pingcap|e:tidb")).toBe(true);
    const isA = restored.getEdgeAttributes(
      "r:is-a:e:istio|e:service-mesh",
    ) as RelationEdgeAttributes;
    expect(isA.also).toEqual(["part-of"]);
    expect(restored.hasEdge("r:part-of:e:istio|e:service-mesh")).toBe(false);
  });
  it("skips relations to entities outside the corpus and self-relations", () => {
    const relations = restored.filterEdges((_e, a) => a.kind === "relation");
    expect(relations.sort()).toEqual([
      "r:develops:e:pingcap|e:tidb",
      "r:is-a:e:istio|e:service-mesh",
      "r:uses:e:tidb|e:prometheus",
    ]);
  });
});

describe("co-occurrence edges", () => {
  it("computes NPMI from talk counts (1 = always together, 0 = independent)", () => {
    expect(npmi(2, 2, 2, 6)).toBeCloseTo(1, 10);
    expect(npmi(1, 2, 3, 6)).toBeCloseTo(0, 10);
    expect(npmi(6, 6, 6, 6)).toBe(1);
  });
  it("links entities that are always mentioned together with weight 1", () => {
    // TiDB and 分布式数据库: both in talks 1 and 2 only → p(a,b) = p(a) = p(b) = 1/3.
    expect(restored.getEdgeAttributes("c:e:tidb|e:分布式数据库")).toEqual({
      kind: "cooccurrence",
      weight: 1,
      support: 2,
    });
  });
  it("weights a pair by NPMI, ln 2 / ln 3 for TiDB (2 talks) and Prometheus (3 talks)", () => {
    expect(restored.getEdgeAttribute("c:e:prometheus|e:tidb", "weight")).toBe(
      Number((Math.log(2) / Math.log(3)).toFixed(4)),
    );
  });
  it("drops pairs below the minimum support and pairs rarer together than by chance", () => {
    // Kafka and Istio share only talk 5; Prometheus and QCon share two talks but NPMI < 0.
    expect(restored.hasEdge("c:e:istio|e:kafka")).toBe(false);
    expect(restored.hasEdge("c:e:prometheus|e:qcon")).toBe(false);
  });
  it("keeps every co-occurrence at or above the thresholds", () => {
    restored.forEachEdge((_edge, attributes) => {
      if (attributes.kind !== "cooccurrence") return;
      expect(attributes.support).toBeGreaterThanOrEqual(2);
      expect(attributes.weight).toBeGreaterThanOrEqual(0.1);
    });
  });
});

describe("buildKnowledgeGraph", () => {
  it("produces a snapshot-valid graph, communities and related talks", () => {
    const parsed = snapshotSchema.shape.graph.safeParse(built.graph);
    expect(parsed.success).toBe(true);
    expect(snapshotSchema.shape.communities.safeParse(built.communities).success).toBe(true);
    expect(snapshotSchema.shape.related.safeParse(built.related).success).toBe(true);
  });
  it("round-trips through Graph.from: the restored graph exports the same JSON", () => {
    expect(JSON.stringify(restored.export())).toBe(JSON.stringify(built.graph));
  });
  it("gives byte-identical JSON for two builds and for shuffled input order", () => {
    const again = buildKnowledgeGraph(FIXTURE);
    expect(JSON.stringify(again)).toBe(JSON.stringify(built));
    const shuffled = buildKnowledgeGraph({
      talks: [...FIXTURE.talks].reverse(),
      entities: [...FIXTURE.entities].reverse(),
      mentions: [...FIXTURE.mentions].reverse(),
      relations: [...FIXTURE.relations].reverse(),
    });
    expect(JSON.stringify(shuffled)).toBe(JSON.stringify(built));
  });
  it("stores degree, PageRank, betweenness, community, position and size on every node", () => {
    let pagerankSum = 0;
    restored.forEachNode((_node, a) => {
      expect(a.degree).toBe(restored.degree(_node));
      expect(a.pagerank).toBeGreaterThan(0);
      expect(a.betweenness).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(a.community)).toBe(true);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(Math.round(a.x! * 100) / 100).toBe(a.x);
      expect(a.size).toBeGreaterThanOrEqual(3);
      expect(a.size).toBeLessThanOrEqual(15);
      pagerankSum += a.pagerank!;
    });
    expect(pagerankSum).toBeCloseTo(1, 3);
    // Prometheus bridges the TiDB talks and the Kafka talk; COBOL is mentioned nowhere.
    expect(restored.getNodeAttribute("e:prometheus", "betweenness")).toBeGreaterThan(0);
    expect(restored.getNodeAttribute("e:cobol", "betweenness")).toBe(0);
    expect(restored.getNodeAttribute("e:cobol", "degree")).toBe(0);
  });
  it("numbers communities biggest first and names them by topical entities", () => {
    const sizes = built.communities.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(restored.order);
    expect(built.communities.map((c) => c.id)).toEqual(built.communities.map((_c, i) => i));
    const tidb = built.communities[restored.getNodeAttribute("e:tidb", "community")!]!;
    expect(tidb.top).toContain("e:tidb");
    expect(tidb.top[0]).not.toBe("e:沈泰宁");
    expect(tidb.label).toMatch(/TiDB|分布式数据库/);
    // The two TiDB talks and the two service-mesh talks do not share a community.
    expect(restored.getNodeAttribute("t:00000001", "community")).toBe(
      restored.getNodeAttribute("t:00000002", "community"),
    );
    expect(restored.getNodeAttribute("t:00000001", "community")).not.toBe(
      restored.getNodeAttribute("t:00000004", "community"),
    );
  });
});
