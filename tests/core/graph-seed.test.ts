import { describe, it, expect } from "vitest";
import { buildSnapshotFromPaths } from "../../src/node/build";
import { serializedToGraph } from "../../src/core/graph";

// The real seed listing through the whole pipeline (jieba, lexicon, extraction, graph).
const { snapshot } = await buildSnapshotFromPaths(["data/seed"]);
const byTitle = (part: string) => {
  const found = snapshot.talks.filter((t) => t.title.includes(part));
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("buildKnowledgeGraph on the seed listing", () => {
  it("lists the 付钱拉金融云 talk among the top 3 related to the 互联网金融 talk", () => {
    const fintech = byTitle("互联网金融");
    expect(fintech.speaker).toBe("张现双");
    const top3 = snapshot.related[fintech.id]!.slice(0, 3).map((r) => r.talk);
    expect(top3).toContain(byTitle("付钱拉金融云").id);
  });
  it("links the two mini-program talks through 小程序 and 微信, as the gold annotation expects", () => {
    const suning = byTitle("苏宁易购小程序");
    const first = snapshot.related[suning.id]![0]!;
    expect(first.talk).toBe(byTitle("移动政务应用小程序").id);
    expect(first.shared).toEqual(expect.arrayContaining(["e:小程序", "e:微信"]));
  });
  it("restores with Graph.from and holds every talk and entity as a node", () => {
    const graph = serializedToGraph(snapshot.graph);
    expect(graph.order).toBe(snapshot.talks.length + snapshot.entities.length);
    for (const m of snapshot.mentions) expect(graph.hasEdge(`m:${m.talk}|${m.entity}`)).toBe(true);
  });
});
