// GEXF 1.3 for Gephi and Gephi Lite, written by graphology-gexf. Version 1.3 is asked for
// because the writer's 1.2 output declares a misspelt viz namespace; 1.3 gives the right one,
// so colours (by entity type or community), sizes and positions come through.
import Graph from "graphology";
import writeGexf from "graphology-gexf/browser/writer";
import type { Snapshot } from "../snapshot";
import type { ColorBy } from "./colors";
import { nodeColor } from "./colors";
import type { Row } from "./tables";
import { snapshotToTables } from "./tables";
import { cellToXmlText, stripXmlInvalid, toXmlIds } from "./xml";

export interface GexfOptions {
  /** What node colours show: entity type (talks grey-blue) or Louvain community. Default "type". */
  colorBy?: ColorBy;
}

/** Columns written as GEXF structure (id, label, viz, weight, edge ends), not as attvalues. */
const NODE_STRUCTURE = new Set(["id", "label", "size", "x", "y"]);
const EDGE_STRUCTURE = new Set(["id", "source", "target", "weight", "directed"]);

function attvalues(row: Row, skip: Set<string>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(row)) {
    if (skip.has(name) || value === undefined) continue;
    out[stripXmlInvalid(name)] =
      typeof value === "string" || Array.isArray(value) ? cellToXmlText(value) : value;
  }
  return out;
}

export function snapshotToGexf(snapshot: Snapshot, options: GexfOptions = {}): string {
  const tables = snapshotToTables(snapshot);
  const nodeIds = toXmlIds(tables.nodes.rows.map((r) => String(r["id"])));
  const edgeIds = toXmlIds(tables.edges.rows.map((r) => String(r["id"])));
  const graph = new Graph({
    type: tables.graphType,
    multi: snapshot.graph.options?.["multi"] === true,
    allowSelfLoops: true,
  });
  graph.setAttribute("creator", "talkgraph");
  graph.setAttribute(
    "description",
    `talkgraph snapshot (${snapshot.schema}): ${snapshot.talks.length} talks, ${snapshot.entities.length} entities`,
  );
  for (const row of tables.nodes.rows) graph.addNode(nodeIds.get(String(row["id"])), row);
  for (const row of tables.edges.rows) {
    const key = edgeIds.get(String(row["id"]));
    const source = nodeIds.get(String(row["source"]));
    const target = nodeIds.get(String(row["target"]));
    if (source === undefined || target === undefined) continue;
    if (row["directed"] === true) graph.addDirectedEdgeWithKey(key, source, target, row);
    else graph.addUndirectedEdgeWithKey(key, source, target, row);
  }

  const colorBy = options.colorBy ?? "type";
  return writeGexf(graph, {
    version: "1.3",
    formatNode: (_key, attributes) => {
      const row = attributes as Row;
      const [r, g, b] = nodeColor(row, colorBy);
      const num = (name: string) =>
        typeof row[name] === "number" ? (row[name] as number) : undefined;
      return {
        label: stripXmlInvalid(String(row["label"] ?? _key)),
        attributes: attvalues(row, NODE_STRUCTURE),
        viz: { color: `rgb(${r},${g},${b})`, size: num("size"), x: num("x"), y: num("y") },
      };
    },
    formatEdge: (_key, attributes) => {
      const row = attributes as Row;
      const label = row["type"] ?? row["kind"];
      return {
        label: typeof label === "string" ? stripXmlInvalid(label) : undefined,
        weight: typeof row["weight"] === "number" ? row["weight"] : undefined,
        attributes: attvalues(row, EDGE_STRUCTURE),
      };
    },
  });
}
