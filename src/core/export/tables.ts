// One flat node table and one edge table built from a snapshot, shared by every export
// format so GEXF, GraphML, CSV and Neo4j carry the same columns with the same types.
// Graph attributes come first; talk, entity, mention and community records fill in the rest.
import type { Snapshot } from "../snapshot";

export type ColumnType = "string" | "int" | "double" | "boolean" | "string[]";
export type CellValue = string | number | boolean | string[] | undefined;
export type Row = Record<string, CellValue>;

export interface Column {
  name: string;
  type: ColumnType;
}

export interface Table {
  columns: Column[];
  rows: Row[];
}

export interface GraphTables {
  nodes: Table;
  edges: Table;
  /** graphology's graph type, kept so writers can state the default edge direction. */
  graphType: "directed" | "undirected" | "mixed";
}

export const NODE_COLUMNS: readonly Column[] = [
  { name: "id", type: "string" },
  { name: "kind", type: "string" },
  { name: "label", type: "string" },
  { name: "entityType", type: "string" },
  { name: "origin", type: "string" },
  { name: "aliases", type: "string[]" },
  { name: "description", type: "string" },
  { name: "speaker", type: "string" },
  { name: "company", type: "string" },
  { name: "event", type: "string" },
  { name: "collection", type: "string" },
  { name: "date", type: "string" },
  { name: "url", type: "string" },
  { name: "tags", type: "string[]" },
  { name: "community", type: "int" },
  { name: "communityLabel", type: "string" },
  { name: "pagerank", type: "double" },
  { name: "degree", type: "int" },
  { name: "size", type: "double" },
  { name: "x", type: "double" },
  { name: "y", type: "double" },
];

export const EDGE_COLUMNS: readonly Column[] = [
  { name: "id", type: "string" },
  { name: "source", type: "string" },
  { name: "target", type: "string" },
  { name: "kind", type: "string" },
  { name: "type", type: "string" },
  { name: "weight", type: "double" },
  { name: "directed", type: "boolean" },
  { name: "count", type: "int" },
  { name: "inTitle", type: "boolean" },
  { name: "evidence", type: "string[]" },
];

/** Graph attributes that are drawing state, not data: never exported as columns. */
const SKIPPED_ATTRIBUTES = new Set(["color", "hidden", "highlighted", "zIndex", "type"]);

function pick<T>(value: T | undefined | null): T | undefined {
  return value === null || value === undefined || value === "" ? undefined : value;
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * Scalar graph attributes that no fixed column covers, typed from their values, sorted by
 * name so the column order is the same on every run.
 */
function extraColumns(
  records: (Record<string, unknown> | undefined)[],
  fixed: readonly Column[],
): Column[] {
  const known = new Set(fixed.map((c) => c.name));
  const types = new Map<string, ColumnType>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes ?? {})) {
      if (known.has(name) || SKIPPED_ATTRIBUTES.has(name) || name.startsWith("_")) continue;
      let type: ColumnType | undefined;
      if (typeof value === "string") type = "string";
      else if (typeof value === "boolean") type = "boolean";
      else if (typeof value === "number" && Number.isFinite(value))
        type = Number.isInteger(value) ? "int" : "double";
      if (!type) continue;
      const seen = types.get(name);
      if (!seen || seen === type) types.set(name, type);
      else if (seen === "int" && type === "double") types.set(name, "double");
      else if (!(seen === "double" && type === "int")) types.set(name, "string");
    }
  }
  return [...types.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, type]) => ({ name, type }));
}

function extraCells(attributes: Record<string, unknown> | undefined, extras: Column[]): Row {
  const row: Row = {};
  for (const { name, type } of extras) {
    const value = attributes?.[name];
    if (value === undefined || value === null) continue;
    row[name] = type === "string" ? String(value) : (value as number | boolean);
  }
  return row;
}

/** Turns a snapshot into the node and edge tables every export format writes. */
export function snapshotToTables(snapshot: Snapshot): GraphTables {
  const { graph } = snapshot;
  const talks = new Map(snapshot.talks.map((t) => [t.id, t]));
  const entities = new Map(snapshot.entities.map((e) => [e.id, e]));
  const communities = new Map(snapshot.communities.map((c) => [c.id, c]));
  const mentions = new Map(snapshot.mentions.map((m) => [`${m.talk}\u0000${m.entity}`, m]));
  const optionType = graph.options?.["type"];
  const graphType = optionType === "directed" || optionType === "undirected" ? optionType : "mixed";

  const nodeExtras = extraColumns(
    graph.nodes.map((n) => n.attributes),
    NODE_COLUMNS,
  );
  const nodeRows: Row[] = graph.nodes.map(({ key, attributes: a = {} }) => {
    const talk = talks.get(key);
    const entity = entities.get(key);
    const community = asNumber(a["community"]);
    const kind = asString(a["kind"]) ?? (talk ? "talk" : entity ? "entity" : undefined);
    return {
      id: key,
      kind,
      label: asString(a["label"]) ?? talk?.title ?? entity?.name ?? key,
      entityType: asString(a["entityType"]) ?? entity?.type,
      origin: asString(a["origin"]) ?? entity?.origin,
      aliases: entity && entity.aliases.length > 0 ? entity.aliases : undefined,
      description: pick(entity?.description),
      speaker: asString(a["speaker"]) ?? pick(talk?.speaker),
      company: asString(a["company"]) ?? pick(talk?.company),
      event: asString(a["event"]) ?? pick(talk?.event),
      collection: pick(talk?.collection),
      date: pick(talk?.date),
      url: pick(talk?.url),
      tags: talk?.tags && talk.tags.length > 0 ? talk.tags : undefined,
      community,
      communityLabel: community === undefined ? undefined : communities.get(community)?.label,
      pagerank: asNumber(a["pagerank"]),
      degree: asNumber(a["degree"]),
      size: asNumber(a["size"]),
      x: asNumber(a["x"]),
      y: asNumber(a["y"]),
      ...extraCells(a, nodeExtras),
    };
  });

  const edgeExtras = extraColumns(
    graph.edges.map((e) => e.attributes),
    EDGE_COLUMNS,
  );
  const edgeRows: Row[] = graph.edges.map((edge, index) => {
    const a = edge.attributes ?? {};
    const mention =
      mentions.get(`${edge.source}\u0000${edge.target}`) ??
      mentions.get(`${edge.target}\u0000${edge.source}`);
    const kind = asString(a["kind"]);
    const directed =
      graphType === "directed" || (graphType === "mixed" && edge.undirected !== true);
    return {
      id: edge.key ?? `${edge.source}->${edge.target}#${index}`,
      source: edge.source,
      target: edge.target,
      kind,
      type: asString(a["type"]),
      weight: asNumber(a["weight"]),
      directed,
      count: kind === "mention" || !kind ? mention?.count : undefined,
      inTitle: kind === "mention" || !kind ? mention?.inTitle : undefined,
      evidence:
        (kind === "mention" || !kind) && mention && mention.evidence.length > 0
          ? mention.evidence.map((e) => e.text)
          : undefined,
      ...extraCells(a, edgeExtras),
    };
  });

  return {
    nodes: { columns: [...NODE_COLUMNS, ...nodeExtras], rows: nodeRows },
    edges: { columns: [...EDGE_COLUMNS, ...edgeExtras], rows: edgeRows },
    graphType,
  };
}

/** Columns that hold a value in at least one row: empty columns are left out of every file. */
export function usedColumns(table: Table): Column[] {
  return table.columns.filter((c) => table.rows.some((r) => r[c.name] !== undefined));
}
