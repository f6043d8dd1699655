// The explorer's highlight (src/ui/graph/highlight.ts) on the seed snapshot: which nodes and
// drawn edges a selection, a comparison, a selected edge and a path put in focus.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/core/snapshot";
import { snapshotToModel } from "../../src/ui/store/model";
import { computeHighlight, drawnEdgesByNode } from "../../src/ui/graph/highlight";
import { entityPath } from "../../src/ui/store/selectors";

const snapshot = JSON.parse(
  readFileSync(new URL("../fixtures/mini-snapshot.json", import.meta.url), "utf8"),
) as Snapshot;
const model = snapshotToModel(snapshot);
const talkId = (title: string) => snapshot.talks.find((t) => t.title.includes(title))!.id;
const FINANCE = talkId("互联网金融");

describe("computeHighlight", () => {
  it("puts nothing in focus and fades nothing without a selection", () => {
    const h = computeHighlight(model, [], null, null);
    expect(h).toEqual({ nodes: new Map(), edges: new Map(), fade: false });
  });

  it("puts a talk, its entities and exactly its drawn edges in focus, and fades the rest", () => {
    const h = computeHighlight(model, [FINANCE], null, null);
    const neighbours = model.neighbours.get(FINANCE)!;
    expect(neighbours.size).toBeGreaterThan(10);
    expect(new Set(h.nodes.keys())).toEqual(new Set([FINANCE, ...neighbours]));
    expect([...h.nodes.get(FINANCE)!].sort()).toEqual(["near", "selected"]);
    expect(h.nodes.get("e:prometheus")).toEqual(new Set(["near"]));
    const own = drawnEdgesByNode(model).get(FINANCE)!;
    expect(new Set(h.edges.keys())).toEqual(new Set(own.map((e) => e.id)));
    expect(new Set(h.edges.values())).toEqual(new Set(["near"]));
    // Co-occurrence edges are not drawn, so never in focus.
    const kinds = new Set([...h.edges.keys()].map((id) => model.edgeById.get(id)!.kind));
    expect(kinds.has("cooccurrence")).toBe(false);
    expect(h.fade).toBe(true);
  });

  it("marks the shared entities of two talks, not their neighbourhoods", () => {
    const a = talkId("可视化的遗留系统微服务改造");
    const b = talkId("演进式架构的平台化落地");
    const h = computeHighlight(model, [a, b], null, null);
    expect(h.nodes.get("e:微服务")).toEqual(new Set(["shared"]));
    expect(h.nodes.get(a)).toEqual(new Set(["selected"]));
    for (const [id, state] of h.edges) {
      const e = model.edgeById.get(id)!;
      expect(state).toBe("plain");
      expect([e.source, e.target].some((end) => end === a || end === b)).toBe(true);
      expect(h.nodes.get(e.source === a || e.source === b ? e.target : e.source)).toEqual(
        new Set(["shared"]),
      );
    }
    expect(h.edges.size).toBeGreaterThanOrEqual(4);
  });

  it("draws a path's consecutive links only, over its talks", () => {
    const path = entityPath(model, "e:tidb", "e:微服务")!;
    expect(path.length).toBeGreaterThanOrEqual(3);
    const h = computeHighlight(model, [], null, path);
    for (const id of path) expect(h.nodes.get(id)).toEqual(new Set(["path"]));
    const steps = new Set(path.slice(1).map((id, i) => [path[i], id].sort().join("|")));
    expect(h.edges.size).toBeGreaterThanOrEqual(path.length - 1);
    for (const [id, state] of h.edges) {
      const e = model.edgeById.get(id)!;
      expect(state).toBe("path");
      expect(steps.has([e.source, e.target].sort().join("|"))).toBe(true);
    }
  });

  it("selects an edge with its two ends near; the selection outranks a path over it", () => {
    const edge = drawnEdgesByNode(model).get(FINANCE)![0]!;
    const h = computeHighlight(model, [], edge.id, [edge.source, edge.target]);
    expect(h.edges).toEqual(new Map([[edge.id, "selected-edge"]]));
    expect([...h.nodes.get(edge.source)!].sort()).toEqual(["near", "path"]);
  });
});
