import { describe, it, expect } from "vitest";
import {
  addCooccurrenceEdges,
  assignBetweenness,
  buildKnowledgeGraph,
  serializedToGraph,
  createKnowledgeGraph,
  layoutIterations,
  resolveGraphSettings,
} from "../../src/core/graph";
import type { KnowledgeGraph } from "../../src/core/graph";
import { FIXTURE } from "./graph-fixture";

const { related } = buildKnowledgeGraph(FIXTURE);

describe("related talks", () => {
  it("never relates a talk through a shared speaker or event alone", () => {
    // Talk 6 shares only 沈泰宁 (person) and QCon (event) with the others.
    expect(related["t:00000006"]).toEqual([]);
    for (const list of Object.values(related)) {
      expect(list.map((r) => r.talk)).not.toContain("t:00000006");
    }
  });
  it("has an entry, possibly empty, for every talk", () => {
    expect(Object.keys(related).sort()).toEqual(FIXTURE.talks.map((t) => t.id).sort());
  });
  it("ranks the other TiDB talk first, with shared entities by their weight", () => {
    const first = related["t:00000001"]![0]!;
    expect(first.talk).toBe("t:00000002");
    // Contributions (mention weight × idf × type weight, both sides): 分布式数据库 (title in
    // both, ≈21.7) > TiDB (≈9.4) > Prometheus (≈1.7) > PingCAP (company ×0.5) > 沈泰宁 (×0.2).
    expect(first.shared).toEqual([
      "e:分布式数据库",
      "e:tidb",
      "e:prometheus",
      "e:pingcap",
      "e:沈泰宁",
    ]);
    // By hand: dot ≈ 33.15, |t1| ≈ 6.90, |t2| ≈ 5.40 (QCon: event ×0.1, idf ln 1.2, negligible).
    expect(first.score).toBeCloseTo(0.8902, 3);
  });
  it("is symmetric in score and sorted best first", () => {
    for (const [talk, list] of Object.entries(related)) {
      const scores = list.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const r of list) {
        const back = related[r.talk]!.find((x) => x.talk === talk);
        expect(back?.score).toBe(r.score);
      }
    }
  });
  it("relates talks through one shared topical entity (Kafka links talks 3 and 5)", () => {
    const kafka = related["t:00000003"]!.find((r) => r.talk === "t:00000005");
    // QCon (event, ×0.1, in 5 of 6 talks) is shared too, but contributes ~0.0003 against ~5.8.
    expect(kafka?.shared).toEqual(["e:kafka", "e:qcon"]);
  });
  it("respects relatedTopN and relatedMinScore", () => {
    const one = buildKnowledgeGraph(FIXTURE, { relatedTopN: 1 }).related;
    expect(Math.max(...Object.values(one).map((l) => l.length))).toBe(1);
    const strict = buildKnowledgeGraph(FIXTURE, { relatedMinScore: 0.85 }).related;
    expect(strict["t:00000001"]!.map((r) => r.talk)).toEqual(["t:00000002"]);
    expect(strict["t:00000003"]).toEqual([]);
  });
});

describe("betweenness", () => {
  const settings = resolveGraphSettings();
  const fresh = (): KnowledgeGraph => {
    const graph = createKnowledgeGraph(FIXTURE, settings);
    addCooccurrenceEdges(graph, settings);
    return graph;
  };
  it("estimates from sampled sources above the size limit, matching exact when all are sampled", () => {
    const exact = fresh();
    expect(assignBetweenness(exact, settings)).toBe("exact");
    const sampled = fresh();
    const all = { ...settings, betweennessExactMaxNodes: 0, betweennessSamples: 1000 };
    expect(assignBetweenness(sampled, all)).toBe("sampled");
    exact.forEachNode((node, a) => {
      expect(sampled.getNodeAttribute(node, "betweenness")).toBeCloseTo(a.betweenness!, 5);
    });
  });
});

describe("layout", () => {
  it("uses fewer ForceAtlas2 iterations for larger graphs, within the bounds", () => {
    const settings = resolveGraphSettings();
    expect(layoutIterations(17, 40, settings)).toBe(300);
    // 1k talks ≈ 2.4k nodes + 51k edges: about 5M / 53k ≈ 94 iterations.
    expect(layoutIterations(2_400, 50_600, settings)).toBe(94);
    expect(layoutIterations(14_000, 1_000_000, settings)).toBe(15);
  });
  it("spreads nodes out (no two nodes share a position)", () => {
    const graph = serializedToGraph(buildKnowledgeGraph(FIXTURE).graph);
    const positions = new Set(graph.mapNodes((_n, a) => `${a.x},${a.y}`));
    expect(positions.size).toBe(graph.order);
  });
});

describe("related talks through the lexicon hierarchy", () => {
  // Talk 7 mentions only Istio, talk 8 only Service Mesh; Istio is-a Service Mesh.
  const extra = {
    ...FIXTURE,
    talks: [
      ...FIXTURE.talks,
      { ...FIXTURE.talks[0]!, id: "t:00000007", title: "Istio 入门" },
      { ...FIXTURE.talks[0]!, id: "t:00000008", title: "Service Mesh 入门" },
    ],
    mentions: [
      ...FIXTURE.mentions,
      { talk: "t:00000007", entity: "e:istio", count: 3, inTitle: true, evidence: [] },
      { talk: "t:00000008", entity: "e:service-mesh", count: 3, inTitle: true, evidence: [] },
    ],
  };
  it("relates a talk on a kind to a talk on its hypernym, naming the hypernym", () => {
    const found = buildKnowledgeGraph(extra).related["t:00000007"]!.find(
      (r) => r.talk === "t:00000008",
    );
    expect(found?.shared).toEqual(["e:service-mesh"]);
  });
  it("does not when expansion is off", () => {
    const off = buildKnowledgeGraph(extra, { relatedExpansionWeight: 0 }).related["t:00000007"]!;
    expect(off.map((r) => r.talk)).not.toContain("t:00000008");
  });
});
