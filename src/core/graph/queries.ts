// Questions the explorer asks of a restored graph: which talks mention an entity, which
// entities a set of talks shares, and how two entities connect through talks, with evidence.
// Evidence is passed in (the snapshot's mentions[]) rather than copied onto edges: it is the
// bulk of a snapshot, and storing it twice would double the file the browser loads.
import Graph from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import type { Evidence, Mention } from "../types";
import type { KnowledgeGraph, MentionEdgeAttributes } from "./model";
import { compareIds, graphError, mentionKey } from "./model";

function requireNode(graph: KnowledgeGraph, node: string, kind: "talk" | "entity"): void {
  if (!graph.hasNode(node) || graph.getNodeAttribute(node, "kind") !== kind) {
    throw graphError("queries.ts", `the ${kind} "${node}" is not in the graph`);
  }
}

/** Mention neighbours of a node with their mention weight, strongest first (ties by id). */
function mentionNeighbours(
  graph: KnowledgeGraph,
  node: string,
): { node: string; weight: number }[] {
  const out: { node: string; weight: number }[] = [];
  graph.forEachEdge(node, (_edge, attributes, source, target) => {
    if (attributes.kind !== "mention") return;
    out.push({ node: source === node ? target : source, weight: attributes.weight });
  });
  return out.sort((a, b) => b.weight - a.weight || compareIds(a.node, b.node));
}

/** Talks that mention the entity, those mentioning it most strongly first. */
export function talksSharingEntity(graph: KnowledgeGraph, entityId: string): string[] {
  requireNode(graph, entityId, "entity");
  return mentionNeighbours(graph, entityId).map(({ node }) => node);
}

export interface SharedEntity {
  entity: string;
  /** The given talks that mention it, in the order given. */
  talks: string[];
}

/**
 * Entities mentioned by two or more of the given talks, most widely shared first, then by the
 * summed mention weight, then by id.
 */
export function sharedEntities(graph: KnowledgeGraph, talkIds: string[]): SharedEntity[] {
  const unique = [...new Set(talkIds)];
  for (const talk of unique) requireNode(graph, talk, "talk");
  const found = new Map<string, { talks: string[]; weight: number }>();
  for (const talk of unique) {
    for (const { node, weight } of mentionNeighbours(graph, talk)) {
      const entry = found.get(node);
      if (entry) {
        entry.talks.push(talk);
        entry.weight += weight;
      } else found.set(node, { talks: [talk], weight });
    }
  }
  return [...found.entries()]
    .filter(([, entry]) => entry.talks.length >= 2)
    .sort(
      ([a, x], [b, y]) =>
        y.talks.length - x.talks.length || y.weight - x.weight || compareIds(a, b),
    )
    .map(([entity, entry]) => ({ entity, talks: entry.talks }));
}

export interface PathHop {
  from: string;
  talk: string;
  to: string;
  /** Passages of the talk where each end of the hop is mentioned (empty without mentions). */
  evidence: { from: Evidence[]; to: Evidence[] };
}

/** The talk/entity graph alone: every path in it alternates entity, talk, entity. */
const mentionGraphs = new WeakMap<KnowledgeGraph, { size: number; graph: Graph }>();

function mentionGraph(graph: KnowledgeGraph): Graph {
  // Cached per graph; the explorer's graph is not mutated after restore, the size check guards.
  const cached = mentionGraphs.get(graph);
  if (cached && cached.size === graph.size) return cached.graph;
  const bipartite = new Graph({ type: "undirected", multi: false });
  graph.forEachNode((node) => bipartite.addNode(node));
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.kind === "mention") bipartite.addEdgeWithKey(edge, source, target);
  });
  mentionGraphs.set(graph, { size: graph.size, graph: bipartite });
  return bipartite;
}

/**
 * Shortest entity–talk–entity chain from one entity to another (graphology-shortest-path,
 * unweighted bidirectional BFS over mention edges only), or null when none exists. Evidence for
 * each hop comes from `mentions` (the snapshot's mentions[]); without them it is empty.
 */
export function entityPath(
  graph: KnowledgeGraph,
  fromEntity: string,
  toEntity: string,
  mentions: readonly Mention[] = [],
): PathHop[] | null {
  requireNode(graph, fromEntity, "entity");
  requireNode(graph, toEntity, "entity");
  if (fromEntity === toEntity) return [];
  const path = bidirectional(mentionGraph(graph), fromEntity, toEntity);
  if (!path) return null;
  const evidence = new Map<string, Evidence[]>();
  for (const m of mentions) evidence.set(mentionKey(m.talk, m.entity), m.evidence);
  const hops: PathHop[] = [];
  for (let i = 0; i + 2 < path.length; i += 2) {
    const [from, talk, to] = [path[i]!, path[i + 1]!, path[i + 2]!];
    hops.push({
      from,
      talk,
      to,
      evidence: {
        from: evidence.get(mentionKey(talk, from)) ?? [],
        to: evidence.get(mentionKey(talk, to)) ?? [],
      },
    });
  }
  return hops;
}

/** The mention edge between a talk and an entity, if any (for panels showing count/inTitle). */
export function mentionBetween(
  graph: KnowledgeGraph,
  talkId: string,
  entityId: string,
): MentionEdgeAttributes | undefined {
  const key = mentionKey(talkId, entityId);
  return graph.hasEdge(key) ? (graph.getEdgeAttributes(key) as MentionEdgeAttributes) : undefined;
}
