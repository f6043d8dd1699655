// Lookup tables derived once from a loaded snapshot: nodes and edges by id, mentions by talk
// and by entity, adjacency (the search index is built apart, after the first render: search.ts).
// Everything the panels and selectors read goes through this, so no component scans the
// snapshot arrays on each render.
import type { Snapshot } from "../../core/snapshot";
import type { Entity, EntityType, Mention, Talk } from "../../core/types";

export type NodeKind = "talk" | "entity";

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  entityType?: EntityType;
  x: number;
  y: number;
  size: number;
  pagerank: number;
  degree: number;
  community: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** mention (talk–entity), relation (lexicon fact) or cooccurrence (entity–entity). */
  kind: string;
  weight: number;
  relation?: string;
  support?: number;
}

export interface GraphModel {
  snapshot: Snapshot;
  nodes: GraphNode[];
  nodeById: Map<string, GraphNode>;
  edges: GraphEdge[];
  edgeById: Map<string, GraphEdge>;
  /** Undirected neighbours over mention and relation edges (what the graph view draws). */
  neighbours: Map<string, Set<string>>;
  talkById: Map<string, Talk>;
  entityById: Map<string, Entity>;
  mentionsByTalk: Map<string, Mention[]>;
  mentionsByEntity: Map<string, Mention[]>;
  maxDegree: number;
}

function num(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Edge kinds drawn in the graph; co-occurrence is used by the panels only (it would hide the structure). */
export const DRAWN_EDGE_KINDS = new Set(["mention", "relation"]);

export function snapshotToModel(snapshot: Snapshot): GraphModel {
  const talkById = new Map(snapshot.talks.map((t) => [t.id, t]));
  const entityById = new Map(snapshot.entities.map((e) => [e.id, e]));
  const nodes: GraphNode[] = snapshot.graph.nodes.map((n, i) => {
    const a = n.attributes ?? {};
    const entity = entityById.get(n.key);
    const kind: NodeKind = a.kind === "talk" || talkById.has(n.key) ? "talk" : "entity";
    const label =
      typeof a.label === "string" ? a.label : (talkById.get(n.key)?.title ?? entity?.name ?? n.key);
    // Positions are precomputed by the pipeline; a ring is only a fallback for hand-made graphs.
    const angle = (2 * Math.PI * i) / Math.max(1, snapshot.graph.nodes.length);
    return {
      id: n.key,
      kind,
      label,
      entityType: kind === "entity" ? ((a.entityType as EntityType) ?? entity?.type) : undefined,
      x: num(a.x, Math.cos(angle) * 500),
      y: num(a.y, Math.sin(angle) * 500),
      size: num(a.size, 10),
      pagerank: num(a.pagerank, 0),
      degree: num(a.degree, 0),
      community: num(a.community, 0),
    };
  });
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const edges: GraphEdge[] = [];
  const neighbours = new Map<string, Set<string>>(nodes.map((n) => [n.id, new Set<string>()]));
  snapshot.graph.edges.forEach((e, i) => {
    if (!nodeById.has(e.source) || !nodeById.has(e.target)) return;
    const a = e.attributes ?? {};
    const kind = typeof a.kind === "string" ? a.kind : "mention";
    const edge: GraphEdge = {
      id: e.key ?? `edge:${i}`,
      source: e.source,
      target: e.target,
      kind,
      weight: num(a.weight, 1),
      relation: typeof a.relation === "string" ? a.relation : undefined,
      support: typeof a.support === "number" ? a.support : undefined,
    };
    edges.push(edge);
    if (DRAWN_EDGE_KINDS.has(kind)) {
      neighbours.get(e.source)!.add(e.target);
      neighbours.get(e.target)!.add(e.source);
    }
  });
  // Degree from the snapshot when present, else counted here, so the declutter slider always works.
  for (const n of nodes) if (n.degree === 0) n.degree = neighbours.get(n.id)?.size ?? 0;
  const mentionsByTalk = new Map<string, Mention[]>();
  const mentionsByEntity = new Map<string, Mention[]>();
  for (const m of snapshot.mentions) {
    push(mentionsByTalk, m.talk, m);
    push(mentionsByEntity, m.entity, m);
  }
  return {
    snapshot,
    nodes,
    nodeById,
    edges,
    edgeById: new Map(edges.map((e) => [e.id, e])),
    neighbours,
    talkById,
    entityById,
    mentionsByTalk,
    mentionsByEntity,
    maxDegree: nodes.reduce((m, n) => Math.max(m, n.degree), 0),
  };
}
