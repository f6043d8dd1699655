// Neo4j bundle: nodes.csv and relationships.csv in the `neo4j-admin database import` header
// format (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed `name:int` columns), an
// import.cypher that loads the same files with LOAD CSV into a running database, and a README.
import type { Snapshot } from "../snapshot";
import { ENTITY_TYPES } from "../types";
import { tableToCsv } from "./csv";
import type { CellValue, Column, ColumnType, Row, Table } from "./tables";
import { snapshotToTables } from "./tables";

/** Every node also carries this label, so one uniqueness constraint covers all ids. */
export const NEO4J_NODE_LABEL = "Node";
/** neo4j-admin's default array delimiter; `;` inside a list element becomes a full-width `；`. */
const ARRAY_DELIMITER = ";";

/** Raw values (a database is no spreadsheet) and neo4j-admin's list delimiter. */
const NEO4J_CSV = { neutralizeFormulas: false, listSeparator: ARRAY_DELIMITER };

const HEADER_TYPES: Record<ColumnType, string> = {
  string: "",
  int: ":int",
  double: ":double",
  boolean: ":boolean",
  "string[]": ":string[]",
};

const CYPHER_CASTS: Record<ColumnType, (v: string) => string> = {
  string: (v) => v,
  int: (v) => `toInteger(${v})`,
  double: (v) => `toFloat(${v})`,
  boolean: (v) => `toBoolean(${v})`,
  "string[]": (v) => `split(${v}, '${ARRAY_DELIMITER}')`,
};

const KIND_TYPES: Record<string, string> = {
  mention: "MENTIONS",
  cooccurrence: "CO_OCCURS_WITH",
};

/** `client-of` → `CLIENT_OF`; anything unreadable → `RELATED_TO`. */
export function toRelationshipType(kind: CellValue, type: CellValue): string {
  if (kind === "relation" && typeof type === "string") {
    const name = type
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "");
    if (/^[A-Z]/.test(name)) return name;
  }
  return (typeof kind === "string" && KIND_TYPES[kind]) || "RELATED_TO";
}

function toLabel(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function nodeLabels(row: Row): string {
  const labels = [NEO4J_NODE_LABEL];
  if (row["kind"] === "talk") labels.push("Talk");
  if (row["kind"] === "entity") {
    labels.push("Entity");
    const type = row["entityType"];
    if (typeof type === "string" && (ENTITY_TYPES as readonly string[]).includes(type))
      labels.push(toLabel(type));
  }
  return labels.join(ARRAY_DELIMITER);
}

function arraySafe(row: Row, columns: Column[]): Row {
  const out: Row = { ...row };
  for (const c of columns) {
    const value = row[c.name];
    if (c.type === "string[]" && Array.isArray(value))
      out[c.name] = value.map((v) => v.replaceAll(ARRAY_DELIMITER, "；"));
  }
  return out;
}

function headerName(column: Column): string {
  return column.name + HEADER_TYPES[column.type];
}

/** Nodes table with neo4j-admin's special columns first: id:ID, name, :LABEL. */
function nodeFile(table: Table): { csv: string; columns: Column[]; header: string[] } {
  const props = table.columns.filter((c) => c.name !== "id" && c.name !== "label");
  const columns: Column[] = [
    { name: "id", type: "string" },
    { name: "label", type: "string" },
    { name: "__labels", type: "string" },
    ...props,
  ];
  const header = ["id:ID", "name", ":LABEL", ...props.map(headerName)];
  const rows = table.rows.map((r) => ({ ...arraySafe(r, props), __labels: nodeLabels(r) }));
  const csv = tableToCsv({ columns, rows }, columns, header, NEO4J_CSV);
  return { csv, columns, header };
}

/** Relationships run talk → entity for mentions and source → target for lexicon relations. */
function relationshipFile(table: Table, talkIds: Set<string>) {
  const skip = new Set(["id", "source", "target", "directed", "weight"]);
  // Evidence passages go in one text cell: split on `;` they would break apart.
  const props = table.columns
    .filter((c) => !skip.has(c.name))
    .map((c) => (c.name === "evidence" ? { ...c, type: "string" as const } : c));
  const columns: Column[] = [
    { name: "__start", type: "string" },
    { name: "__end", type: "string" },
    { name: "__type", type: "string" },
    { name: "weight", type: "double" },
    ...props,
  ];
  const header = [":START_ID", ":END_ID", ":TYPE", "weight:float", ...props.map(headerName)];
  const rows = table.rows.map((r) => {
    const flip = r["kind"] === "mention" && talkIds.has(String(r["target"]));
    const evidence = r["evidence"];
    return {
      ...arraySafe(r, props),
      evidence: Array.isArray(evidence) ? evidence.join("\n") : evidence,
      __start: flip ? r["target"] : r["source"],
      __end: flip ? r["source"] : r["target"],
      __type: toRelationshipType(r["kind"], r["type"]),
    };
  });
  const csv = tableToCsv({ columns, rows }, columns, header, NEO4J_CSV);
  return { csv, columns, header, types: [...new Set(rows.map((r) => r.__type))].sort() };
}

function setClauses(variable: string, columns: Column[], header: string[], from: number): string {
  return columns
    .slice(from)
    .map(
      (c, i) =>
        `${variable}.\`${c.name}\` = ${CYPHER_CASTS[c.type](`row.\`${header[i + from]}\``)}`,
    )
    .join(",\n    ");
}

function importCypher(
  nodes: ReturnType<typeof nodeFile>,
  rels: ReturnType<typeof relationshipFile>,
): string {
  const labels = ["Talk", "Entity", ...ENTITY_TYPES.map(toLabel)];
  const labelLines = labels.map(
    (l) =>
      `FOREACH (_ IN CASE WHEN '${l}' IN split(row.\`:LABEL\`, '${ARRAY_DELIMITER}') THEN [1] ELSE [] END | SET n:${l})`,
  );
  const relLines = rels.types.map(
    (t) =>
      `FOREACH (_ IN CASE WHEN row.\`:TYPE\` = '${t}' THEN [1] ELSE [] END |\n  MERGE (a)-[r:${t}]->(b)\n  SET ${setClauses("r", rels.columns, rels.header, 3)})`,
  );
  return [
    "// talkgraph → Neo4j with LOAD CSV, for a running database (neo4j-admin import needs it stopped).",
    "// Copy nodes.csv and relationships.csv into the database's import folder, then run:",
    "//   cypher-shell -u neo4j -p PASSWORD -f import.cypher",
    `CREATE CONSTRAINT talkgraph_node_id IF NOT EXISTS FOR (n:${NEO4J_NODE_LABEL}) REQUIRE n.id IS UNIQUE;`,
    "",
    "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row",
    `MERGE (n:${NEO4J_NODE_LABEL} {id: row.\`id:ID\`})`,
    `SET n.name = row.name,\n    ${setClauses("n", nodes.columns, nodes.header, 3)}`,
    ...labelLines,
    ";",
    "",
    "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row",
    `MATCH (a:${NEO4J_NODE_LABEL} {id: row.\`:START_ID\`}), (b:${NEO4J_NODE_LABEL} {id: row.\`:END_ID\`})`,
    ...relLines,
    ";",
    "",
  ].join("\n");
}

const README = `talkgraph export for Neo4j
==========================

nodes.csv          one row per talk and entity (header: id:ID,name,:LABEL,...)
relationships.csv  MENTIONS (talk -> entity), CO_OCCURS_WITH, and lexicon relations
                   (DEVELOPS, IS_A, PART_OF, CLIENT_OF, USES) with weight:float
import.cypher      the same load with LOAD CSV, for a database that is running

Every node has the label Node plus Talk, or Entity and its type (Technology, Company, ...).
Lists (aliases, tags) use ";" between items; evidence passages are one text, one per line.

1) Bulk import into a new, stopped database (Neo4j 5):

   cp nodes.csv relationships.csv "$NEO4J_HOME/import/"
   cd "$NEO4J_HOME"
   bin/neo4j-admin database import full \\
     --nodes=import/nodes.csv --relationships=import/relationships.csv \\
     --multiline-fields=true --legacy-style-quoting=false neo4j

   (Neo4j 4.x: bin/neo4j-admin import --database=neo4j --nodes=... --relationships=...
    --multiline-fields=true)

2) Or load into a running database with LOAD CSV:

   cp nodes.csv relationships.csv "$NEO4J_HOME/import/"
   cypher-shell -u neo4j -p PASSWORD -f import.cypher

Files are UTF-8 without a byte-order mark, RFC 4180 quoted ("" inside quotes).
`;

export function snapshotToNeo4j(snapshot: Snapshot): Record<string, string> {
  const tables = snapshotToTables(snapshot);
  const talkIds = new Set(snapshot.talks.map((t) => t.id));
  const nodes = nodeFile(tables.nodes);
  const rels = relationshipFile(tables.edges, talkIds);
  return {
    "nodes.csv": nodes.csv,
    "relationships.csv": rels.csv,
    "import.cypher": importCypher(nodes, rels),
    "README.txt": README,
  };
}
