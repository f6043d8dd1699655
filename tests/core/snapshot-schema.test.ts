// The snapshot contract at its one boundary (restoreSnapshot): graph attributes are any JSON
// object, carried whole, and anything else is refused with the path that is wrong.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { restoreSnapshot } from "../../src/core/snapshot";

const raw = readFileSync(new URL("../fixtures/mini-snapshot.json", import.meta.url), "utf8");
const fresh = () =>
  JSON.parse(raw) as {
    graph: { nodes: { attributes?: unknown }[]; edges: { attributes?: unknown }[] };
  };

describe("restoreSnapshot graph attributes", () => {
  it("carries node and edge attributes whole, keys it does not know included", () => {
    const data = fresh();
    (data.graph.nodes[0]!.attributes as Record<string, unknown>).custom = { deep: [1, 2] };
    const snapshot = restoreSnapshot(data);
    expect(snapshot.graph.nodes[0]!.attributes).toEqual(data.graph.nodes[0]!.attributes);
    expect(snapshot.graph.edges[3]!.attributes).toEqual(data.graph.edges[3]!.attributes);
  });

  it("refuses attributes that are not an object, naming where", () => {
    for (const bad of [[], null, "x", 3]) {
      const data = fresh();
      data.graph.edges[2]!.attributes = bad;
      expect(() => restoreSnapshot(data)).toThrow(/graph\.edges\.2\.attributes/);
    }
    const data = fresh();
    data.graph.nodes[1]!.attributes = [];
    expect(() => restoreSnapshot(data)).toThrow(/graph\.nodes\.1\.attributes/);
  });
});
