// What the graph highlights for a selection, a multi-selection (shared entities), a selected
// edge and a path, computed from the model alone: which nodes get which state class, which
// drawn edges are in focus and how, and whether the rest fades. HighlightController puts the
// node states on Cytoscape's nodes and the edge states on the edge layer. No DOM, no Cytoscape.
import type { GraphEdge, GraphModel } from "../store/model";
import { DRAWN_EDGE_KINDS } from "../store/model";
import { selectedTalks, sharedEntities } from "../store/selectors";

/** Node state classes (style.ts), besides `faded`. */
export type NodeState = "selected" | "near" | "shared" | "path";

/**
 * How a drawn edge is drawn, weakest first: `faded` when something else is in focus, `plain`
 * when nothing is (or it is in focus without a state of its own, as a shared entity's edges).
 */
export const EDGE_STATES = ["faded", "plain", "near", "path", "selected-edge"] as const;
export type EdgeState = (typeof EDGE_STATES)[number];

export interface Highlight {
  /** Nodes in focus and their state classes (an empty set: in focus, no class). */
  nodes: Map<string, Set<NodeState>>;
  /** Drawn edges in focus and their state (`plain` for in focus without one). */
  edges: Map<string, EdgeState>;
  /** Whether everything not in focus fades. */
  fade: boolean;
}

const drawnByNode = new WeakMap<GraphModel, Map<string, GraphEdge[]>>();

/** The drawn edges (mention, relation) at each node, built once per model. */
export function drawnEdgesByNode(model: GraphModel): Map<string, GraphEdge[]> {
  let byNode = drawnByNode.get(model);
  if (byNode) return byNode;
  byNode = new Map();
  for (const e of model.edges) {
    if (!DRAWN_EDGE_KINDS.has(e.kind)) continue;
    for (const end of [e.source, e.target]) {
      const list = byNode.get(end);
      if (list) list.push(e);
      else byNode.set(end, [e]);
    }
  }
  drawnByNode.set(model, byNode);
  return byNode;
}

const rank = (state: EdgeState) => EDGE_STATES.indexOf(state);

export function computeHighlight(
  model: GraphModel,
  selected: readonly string[],
  edge: string | null,
  path: readonly string[] | null,
): Highlight {
  const byNode = drawnEdgesByNode(model);
  const nodes = new Map<string, Set<NodeState>>();
  const edges = new Map<string, EdgeState>();
  const node = (id: string, state: NodeState | null) => {
    if (!model.nodeById.has(id)) return;
    const set = nodes.get(id) ?? new Set<NodeState>();
    if (state) set.add(state);
    nodes.set(id, set);
  };
  const edgeIn = (id: string, state: EdgeState) => {
    const had = edges.get(id);
    if (!had || rank(state) > rank(had)) edges.set(id, state);
  };

  if (path && path.length > 0) {
    const at = new Map(path.map((id, i) => [id, i]));
    for (const id of path) {
      node(id, "path");
      for (const e of byNode.get(id) ?? []) {
        const i = at.get(e.source);
        const j = at.get(e.target);
        if (i !== undefined && j !== undefined && Math.abs(i - j) === 1) edgeIn(e.id, "path");
      }
    }
  }
  const talks = selectedTalks(model, { selected } as never);
  for (const id of selected) {
    if (!model.nodeById.has(id)) continue;
    if (talks.length < 2) {
      for (const other of model.neighbours.get(id) ?? []) node(other, "near");
      node(id, "near");
      for (const e of byNode.get(id) ?? []) edgeIn(e.id, "near");
    }
    node(id, "selected");
  }
  if (talks.length >= 2) {
    const chosen = new Set(talks);
    for (const s of sharedEntities(model, talks)) {
      if (s.inSelected.length !== talks.length) continue;
      node(s.entity.id, "shared");
      for (const e of byNode.get(s.entity.id) ?? []) {
        if (chosen.has(e.source) || chosen.has(e.target)) edgeIn(e.id, "plain");
      }
    }
  }
  const picked = edge ? model.edgeById.get(edge) : undefined;
  if (picked && DRAWN_EDGE_KINDS.has(picked.kind)) {
    edgeIn(picked.id, "selected-edge");
    node(picked.source, "near");
    node(picked.target, "near");
  }
  return { nodes, edges, fade: nodes.size > 0 || edges.size > 0 };
}
