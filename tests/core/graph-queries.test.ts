import { describe, it, expect } from "vitest";
import {
  buildKnowledgeGraph,
  serializedToGraph,
  entityPath,
  sharedEntities,
  talksSharingEntity,
} from "../../src/core/graph";
import { FIXTURE, MENTIONS } from "./graph-fixture";

const graph = serializedToGraph(buildKnowledgeGraph(FIXTURE).graph);

describe("talksSharingEntity", () => {
  it("rejects an id that is not an entity, naming it", () => {
    expect(() => talksSharingEntity(graph, "e:nope")).toThrow(/queries.ts\): the entity "e:nope"/);
    expect(() => talksSharingEntity(graph, "t:00000001")).toThrow(/the entity "t:00000001"/);
  });
  it("lists the talks mentioning an entity, strongest mention first", () => {
    // Talk 1 has TiDB in its title (weight ≈4.6), talk 2 only in its text (≈1.7).
    expect(talksSharingEntity(graph, "e:tidb")).toEqual(["t:00000001", "t:00000002"]);
    expect(talksSharingEntity(graph, "e:cobol")).toEqual([]);
  });
});

describe("sharedEntities", () => {
  it("rejects an unknown talk", () => {
    expect(() => sharedEntities(graph, ["t:00000001", "t:nope"])).toThrow(/the talk "t:nope"/);
  });
  it("returns entities that two or more of the talks share, with the talks sharing each", () => {
    const shared = sharedEntities(graph, ["t:00000001", "t:00000002", "t:00000003"]);
    expect(shared[0]).toEqual({
      entity: "e:prometheus",
      talks: ["t:00000001", "t:00000002", "t:00000003"],
    });
    expect(shared.map((s) => s.entity).sort()).toEqual(
      ["e:prometheus", "e:tidb", "e:分布式数据库", "e:pingcap", "e:沈泰宁", "e:qcon"].sort(),
    );
    expect(shared.find((s) => s.entity === "e:qcon")?.talks).toEqual(["t:00000001", "t:00000003"]);
  });
  it("returns nothing for a single talk", () => {
    expect(sharedEntities(graph, ["t:00000001", "t:00000001"])).toEqual([]);
  });
});

describe("entityPath", () => {
  it("rejects an unknown entity", () => {
    expect(() => entityPath(graph, "e:kafka", "e:nope")).toThrow(/the entity "e:nope"/);
  });
  it("returns null when no chain of talks connects the entities", () => {
    expect(entityPath(graph, "e:kafka", "e:cobol")).toBeNull();
  });
  it("goes entity–talk–entity only, never along co-occurrence or relation edges", () => {
    // TiDB → Prometheus is a direct relation and co-occurrence edge, yet the path is via a talk.
    const hops = entityPath(graph, "e:tidb", "e:prometheus", MENTIONS)!;
    expect(hops).toHaveLength(1);
    expect(["t:00000001", "t:00000002"]).toContain(hops[0]!.talk);
  });
  it("returns each hop with the evidence of both mentions", () => {
    // Kafka is only in talks 3 and 5; Prometheus links talk 3 to the TiDB talks.
    const hops = entityPath(graph, "e:kafka", "e:tidb", MENTIONS)!;
    expect(hops.map((h) => [h.from, h.to])).toEqual([
      ["e:kafka", "e:prometheus"],
      ["e:prometheus", "e:tidb"],
    ]);
    expect(hops[0]!.talk).toBe("t:00000003");
    expect(hops[0]!.evidence.from).toEqual([{ text: "talk 3 on e:kafka" }]);
    expect(hops[0]!.evidence.to).toEqual([{ text: "talk 3 on e:prometheus" }]);
    const talk = hops[1]!.talk.slice(-1);
    expect(hops[1]!.evidence.to).toEqual([{ text: `talk ${talk} on e:tidb` }]);
  });
  it("returns hops with empty evidence when no mentions are given", () => {
    const hops = entityPath(graph, "e:kafka", "e:istio")!;
    expect(hops).toEqual([
      { from: "e:kafka", talk: "t:00000005", to: "e:istio", evidence: { from: [], to: [] } },
    ]);
  });
});
