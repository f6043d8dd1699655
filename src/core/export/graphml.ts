// GraphML for yEd, Cytoscape desktop, NetworkX and Gephi. graphology-graphml only parses
// (it has no writer), so the document is written here with escapeXml on every value; colours
// go in r/g/b keys, which Gephi and graphology's GraphML parser both read as the node colour.
import type { Snapshot } from "../snapshot";
import type { ColorBy } from "./colors";
import { nodeColor } from "./colors";
import type { Column, ColumnType, Row, Table } from "./tables";
import { snapshotToTables, usedColumns } from "./tables";
import { cellToXmlText, escapeXml, toXmlIds } from "./xml";

export interface GraphmlOptions {
  /** What the r/g/b colour keys show: entity type or community. Default "type". */
  colorBy?: ColorBy;
}

const GRAPHML_TYPES: Record<ColumnType, string> = {
  string: "string",
  "string[]": "string",
  int: "int",
  double: "double",
  boolean: "boolean",
};

/** Columns carried by the element itself rather than as <data>. */
const NODE_STRUCTURE = new Set(["id"]);
const EDGE_STRUCTURE = new Set(["id", "source", "target", "directed"]);
const COLOR_COLUMNS: Column[] = [
  { name: "r", type: "int" },
  { name: "g", type: "int" },
  { name: "b", type: "int" },
];

interface KeyDef {
  id: string;
  column: Column;
}

function keyDefs(prefix: string, columns: Column[]): KeyDef[] {
  return columns.map((column, i) => ({ id: `${prefix}${i}`, column }));
}

function keyLines(domain: "node" | "edge", keys: KeyDef[]): string[] {
  return keys.map(
    ({ id, column }) =>
      `  <key id="${id}" for="${domain}" attr.name="${escapeXml(column.name)}" attr.type="${GRAPHML_TYPES[column.type]}"/>`,
  );
}

function dataLines(row: Row, keys: KeyDef[]): string[] {
  const lines: string[] = [];
  for (const { id, column } of keys) {
    const value = row[column.name];
    if (value === undefined) continue;
    lines.push(`      <data key="${id}">${escapeXml(cellToXmlText(value))}</data>`);
  }
  return lines;
}

function columnsOf(table: Table, structure: Set<string>): Column[] {
  return usedColumns(table).filter((c) => !structure.has(c.name));
}

export function snapshotToGraphml(snapshot: Snapshot, options: GraphmlOptions = {}): string {
  const tables = snapshotToTables(snapshot);
  const colorBy = options.colorBy ?? "type";
  const nodeKeys = keyDefs("n", [...columnsOf(tables.nodes, NODE_STRUCTURE), ...COLOR_COLUMNS]);
  const edgeKeys = keyDefs("e", columnsOf(tables.edges, EDGE_STRUCTURE));
  const nodeIds = toXmlIds(tables.nodes.rows.map((r) => String(r["id"])));
  const edgeIds = toXmlIds(tables.edges.rows.map((r) => String(r["id"])));
  const edgeDefault = tables.graphType === "directed" ? "directed" : "undirected";

  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keyLines("node", nodeKeys),
    ...keyLines("edge", edgeKeys),
    `  <graph id="talkgraph" edgedefault="${edgeDefault}">`,
  ];
  for (const row of tables.nodes.rows) {
    const [r, g, b] = nodeColor(row, colorBy);
    const id = nodeIds.get(String(row["id"])) ?? "";
    lines.push(`    <node id="${escapeXml(id)}">`);
    lines.push(...dataLines({ ...row, r, g, b }, nodeKeys));
    lines.push(`    </node>`);
  }
  for (const row of tables.edges.rows) {
    const source = nodeIds.get(String(row["source"]));
    const target = nodeIds.get(String(row["target"]));
    if (source === undefined || target === undefined) continue;
    const id = edgeIds.get(String(row["id"])) ?? "";
    // Only edges that differ from the graph's default direction say so.
    const directed = row["directed"] === true;
    const direction = directed === (edgeDefault === "directed") ? "" : ` directed="${directed}"`;
    lines.push(
      `    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${direction}>`,
    );
    lines.push(...dataLines(row, edgeKeys));
    lines.push(`    </edge>`);
  }
  lines.push(`  </graph>`, `</graphml>`, "");
  return lines.join("\n");
}
