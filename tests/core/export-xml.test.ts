// GEXF and GraphML exports must parse back, with graphology's own parsers, into the graph they
// came from: same nodes, edges and key attributes, on hostile text and on the real seed.
import { describe, it, expect, beforeAll } from "vitest";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { Snapshot } from "../../src/core/snapshot";
import {
  escapeXml,
  snapshotToGexf,
  snapshotToGraphml,
  stripXmlInvalid,
} from "../../src/core/export";
import {
  XML_FORBIDDEN,
  loadHostile,
  loadSeed,
  parseXmlStrict,
  stripControls,
} from "./export-support";

type Parsed = InstanceType<typeof Graph>;

/**
 * The id a reader should see: clean ids unchanged; an id with control characters loses them,
 * plus "~2" when that collides with a clean id (the fixture has one such pair per kind).
 */
function expectedIds(keys: string[]): Map<string, string> {
  const clean = new Set(keys.filter((k) => stripControls(k) === k));
  return new Map(
    keys.map((k) => {
      const s = stripControls(k);
      return [k, s === k ? k : clean.has(s) ? `${s}~2` : s];
    }),
  );
}

/** What a reader should find for each node and edge, computed from the snapshot directly. */
function expectSameGraph(snapshot: Snapshot, parsed: Parsed) {
  const nodes = snapshot.graph.nodes;
  const nodeIds = expectedIds(nodes.map((n) => n.key));
  const edgeIds = expectedIds(snapshot.graph.edges.map((e) => e.key ?? ""));
  expect(parsed.order).toBe(nodes.length);
  expect(parsed.size).toBe(snapshot.graph.edges.length);
  for (const node of nodes) {
    const key = nodeIds.get(node.key) ?? "";
    expect(parsed.hasNode(key), `node ${JSON.stringify(key)}`).toBe(true);
    const a = parsed.getNodeAttributes(key);
    const src = node.attributes ?? {};
    expect(a["label"]).toBe(stripControls(String(src["label"])));
    expect(a["kind"]).toBe(src["kind"]);
    expect(a["community"]).toBe(src["community"]);
    expect(a["x"]).toBeCloseTo(Number(src["x"]), 6);
    expect(a["y"]).toBeCloseTo(Number(src["y"]), 6);
    expect(a["size"]).toBeCloseTo(Number(src["size"]), 6);
    expect(a["pagerank"]).toBeCloseTo(Number(src["pagerank"]), 9);
    if (src["kind"] === "entity") expect(a["entityType"]).toBe(src["entityType"]);
    expect(String(a["color"])).toMatch(/^(#[0-9a-f]{6}|rgba?\(.+\))$/);
  }
  const mentions = new Map(snapshot.mentions.map((m) => [`${m.talk} ${m.entity}`, m]));
  for (const edge of snapshot.graph.edges) {
    const key = edgeIds.get(edge.key ?? "") ?? "";
    expect(parsed.hasEdge(key), `edge ${key}`).toBe(true);
    const ends = [parsed.source(key), parsed.target(key)].sort();
    expect(ends).toEqual([nodeIds.get(edge.source), nodeIds.get(edge.target)].sort());
    const a = parsed.getEdgeAttributes(key);
    expect(a["kind"]).toBe(edge.attributes?.["kind"]);
    expect(a["weight"]).toBe(edge.attributes?.["weight"]);
    if (edge.attributes?.["kind"] === "relation") expect(a["type"]).toBe(edge.attributes["type"]);
    const m = mentions.get(`${edge.source} ${edge.target}`);
    if (m && m.evidence.length > 0) {
      expect(a["evidence"]).toBe(stripControls(m.evidence.map((e) => e.text).join(" | ")));
      expect(a["count"]).toBe(m.count);
    }
  }
}

describe("stripXmlInvalid and escapeXml", () => {
  it("remove control characters and lone surrogates but keep tab, newline, Chinese and emoji", () => {
    expect(stripXmlInvalid("a\u0000b\u0007c\u001Fd\te\nf\uD800g\uFFFE架构😀")).toBe(
      "abcd\te\nfg架构😀",
    );
  });
  it("escape markup so it is shown, never parsed", () => {
    expect(escapeXml(`<script>alert("1")</script> & 'x'\u0001`)).toBe(
      "&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &apos;x&apos;",
    );
  });
});

describe("snapshotToGexf", () => {
  it("drops an edge whose end node is missing instead of writing a file readers reject", () => {
    const broken = loadHostile();
    broken.graph.edges.push({
      key: "x",
      source: "t:0000000a",
      target: "e:missing",
      attributes: {},
    });
    const parsed = parseGexf(Graph, snapshotToGexf(broken));
    expect(parsed.hasEdge("x")).toBe(false);
    expect(parsed.size).toBe(broken.graph.edges.length - 1);
  });

  it("writes hostile titles and passages as valid XML that parses back unchanged", () => {
    const snapshot = loadHostile();
    const xml = snapshotToGexf(snapshot);
    expect(xml).not.toMatch(XML_FORBIDDEN);
    expect(xml).not.toContain("<script>");
    const doc = parseXmlStrict(xml);
    expect(doc.getElementsByTagName("node").length).toBe(snapshot.graph.nodes.length);
    const parsed = parseGexf(Graph, xml);
    expectSameGraph(snapshot, parsed);
    expect(parsed.getNodeAttribute("t:0000000a", "label")).toBe(
      `<script>alert(1)</script> & "quotes" 'single' <b>架构</b>`,
    );
  });

  it("keeps two ids apart when they only differed by a control character", () => {
    const parsed = parseGexf(Graph, snapshotToGexf(loadHostile()));
    expect(parsed.getNodeAttribute("e:ctrlbell", "label")).toBe("CtrlBell");
    expect(parsed.getNodeAttribute("e:ctrlbell~2", "label")).toBe("CtrlBell");
    expect(parsed.getNodeAttribute("e:ctrlbell~2", "pagerank")).toBe(0.054);
    expect(parsed.getNodeAttribute("e:ctrlbell", "pagerank")).toBe(0.055);
  });

  it("declares the GEXF 1.3 viz namespace Gephi reads colours, sizes and positions from", () => {
    const xml = snapshotToGexf(loadHostile());
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    const doc = parseXmlStrict(xml);
    const colours = doc.getElementsByTagNameNS("http://gexf.net/1.3/viz", "color");
    expect(colours.length).toBe(9);
  });

  it("colours entities by type, or by community when asked", () => {
    const snapshot = loadHostile();
    const byType = parseGexf(Graph, snapshotToGexf(snapshot));
    const byCommunity = parseGexf(Graph, snapshotToGexf(snapshot, { colorBy: "community" }));
    // TiDB (technology) and PingCAP (company) differ by type but share community 0.
    expect(byType.getNodeAttribute("e:tidb", "color")).not.toBe(
      byType.getNodeAttribute("e:pingcap", "color"),
    );
    expect(byCommunity.getNodeAttribute("e:tidb", "color")).toBe(
      byCommunity.getNodeAttribute("e:pingcap", "color"),
    );
  });

  it("gives the same bytes for the same snapshot", () => {
    expect(snapshotToGexf(loadHostile())).toBe(snapshotToGexf(loadHostile()));
  });
});

describe("snapshotToGraphml", () => {
  it("writes hostile text as valid XML that graphology-graphml parses back unchanged", () => {
    const snapshot = loadHostile();
    const xml = snapshotToGraphml(snapshot);
    expect(xml).not.toMatch(XML_FORBIDDEN);
    expect(xml).not.toContain("<script>");
    parseXmlStrict(xml);
    const parsed = parseGraphml(Graph, xml);
    expectSameGraph(snapshot, parsed);
    expect(parsed.getNodeAttribute("t:0000000b", "label")).toBe(
      "微服务架构\n第二行, with comma\ttab",
    );
    expect(parsed.getNodeAttribute("t:0000000b", "speaker")).toBe(
      `=HYPERLINK("http://evil.example","click")`,
    );
  });

  it("writes r/g/b keys that graphology reads as the node colour", () => {
    const parsed = parseGraphml(Graph, snapshotToGraphml(loadHostile()));
    expect(parsed.getNodeAttribute("e:tidb", "color")).toBe("#1f77b4");
    expect(parsed.getNodeAttribute("t:0000000a", "color")).toBe("#5b6b7f");
  });
});

describe("GEXF and GraphML on the real seed snapshot", () => {
  let seed: Snapshot;
  beforeAll(async () => {
    seed = await loadSeed();
  });

  it("has a seed graph to export", () => {
    expect(seed.talks.length).toBe(10);
    expect(seed.graph.nodes.length).toBeGreaterThan(20);
  });

  it("round-trips through graphology-gexf", () => {
    const xml = snapshotToGexf(seed);
    parseXmlStrict(xml);
    expectSameGraph(seed, parseGexf(Graph, xml));
  });

  it("round-trips through graphology-graphml", () => {
    const xml = snapshotToGraphml(seed);
    parseXmlStrict(xml);
    expectSameGraph(seed, parseGraphml(Graph, xml));
  });
});
