// Communities by Louvain (graphology-communities-louvain) with a seeded rng, renumbered so
// the biggest is 0, and named by their top entities by PageRank. Louvain refuses "true mixed"
// graphs, so it runs on an undirected projection where each pair's edges add their weights.
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import seedrandom from "seedrandom";
import type { Community } from "../snapshot/schema";
import type { KnowledgeGraph, NodeAttributes } from "./model";
import { compareIds } from "./model";
import type { GraphSettings } from "./settings";

/** Entity types that make poor community names: a speaker's name says who, not what. */
const NAMING_FALLBACK_TYPES = new Set(["person", "event"]);
const LABEL_ENTITIES = 3;

/** Same nodes, undirected, one edge per pair weighing the sum of that pair's edges. */
export function toUndirectedProjection(graph: KnowledgeGraph): Graph {
  const projection = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => projection.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => {
    projection.updateEdge(source, target, (attr: { weight?: number }) => ({
      weight: (attr.weight ?? 0) + attributes.weight,
    }));
  });
  return projection;
}

/**
 * Assigns `community` on every node and returns the communities, biggest first (ties by their
 * smallest node key). `size` counts all member nodes, talks and entities.
 */
export function detectCommunities(graph: KnowledgeGraph, settings: GraphSettings): Community[] {
  if (graph.order === 0) return [];
  const projection = toUndirectedProjection(graph);
  const raw = louvain(projection, {
    getEdgeWeight: "weight",
    resolution: settings.louvainResolution,
    rng: seedrandom(`${settings.seed}:louvain`),
  });
  // 1. Group members by Louvain's arbitrary ids, then renumber by size so ids are stable.
  const groups = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const id = raw[node]!;
    const members = groups.get(id);
    if (members) members.push(node);
    else groups.set(id, [node]);
  });
  const ordered = [...groups.values()]
    .map((members) => members.sort(compareIds))
    .sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
  // 2. Name each by its highest-PageRank topical entities; talks only when it has no entities.
  return ordered.map((members, id) => {
    for (const node of members) graph.setNodeAttribute(node, "community", id);
    const top = topEntities(graph, members, settings.communityTopEntities);
    const naming = top.length > 0 ? top : byPagerank(graph, members).slice(0, 1);
    const label = naming
      .slice(0, LABEL_ENTITIES)
      .map((node) => graph.getNodeAttribute(node, "label"))
      .join(" · ");
    return { id, label, size: members.length, top };
  });
}

function byPagerank(graph: KnowledgeGraph, nodes: string[]): string[] {
  const rank = (node: string) => graph.getNodeAttribute(node, "pagerank") ?? 0;
  return [...nodes].sort((a, b) => rank(b) - rank(a) || compareIds(a, b));
}

/** Topical entities first (by PageRank), then speakers and events if too few. */
function topEntities(graph: KnowledgeGraph, members: string[], count: number): string[] {
  const entities = members.filter((node) => graph.getNodeAttribute(node, "kind") === "entity");
  const fallback = (node: string) => {
    const attributes: NodeAttributes = graph.getNodeAttributes(node);
    return attributes.kind === "entity" && NAMING_FALLBACK_TYPES.has(attributes.entityType);
  };
  const ranked = byPagerank(graph, entities);
  return [...ranked.filter((n) => !fallback(n)), ...ranked.filter(fallback)].slice(0, count);
}
