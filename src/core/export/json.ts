// Snapshot JSON of what is on screen: the visible nodes, the edges between them and every
// record (talks, entities, mentions, relations, related, communities) that still applies,
// plus the explorer's view state. The result is itself a valid snapshot the explorer can open.
import type { Snapshot } from "../snapshot";

export interface JsonView {
  /** Graph node ids to keep; all nodes when absent. */
  nodeIds?: readonly string[];
  /** Explorer state (filters, selection, camera...), stored as `view` beside the snapshot. */
  state?: unknown;
}

/** The part of a snapshot that touches only the given node ids. */
export function filterSnapshot(snapshot: Snapshot, nodeIds: readonly string[]): Snapshot {
  const keep = new Set(nodeIds);
  const nodes = snapshot.graph.nodes.filter((n) => keep.has(n.key));
  const kept = new Set(nodes.map((n) => n.key));
  const talks = snapshot.talks.filter((t) => kept.has(t.id));
  const entities = snapshot.entities.filter((e) => kept.has(e.id));
  const talkIds = new Set(talks.map((t) => t.id));
  const entityIds = new Set(entities.map((e) => e.id));
  const sourcePaths = new Set(talks.flatMap((t) => [t.source, ...(t.sources ?? [])]));

  const related: Snapshot["related"] = {};
  for (const id of Object.keys(snapshot.related).sort()) {
    if (!talkIds.has(id)) continue;
    const list = (snapshot.related[id] ?? [])
      .filter((r) => talkIds.has(r.talk))
      .map((r) => ({ ...r, shared: r.shared.filter((s) => entityIds.has(s)) }));
    if (list.length > 0) related[id] = list;
  }

  const communitySizes = new Map<number, number>();
  for (const n of nodes) {
    const c = n.attributes?.["community"];
    if (typeof c === "number") communitySizes.set(c, (communitySizes.get(c) ?? 0) + 1);
  }

  return {
    schema: snapshot.schema,
    sources: snapshot.sources.filter((s) => sourcePaths.has(s.path)),
    talks,
    entities,
    mentions: snapshot.mentions.filter((m) => talkIds.has(m.talk) && entityIds.has(m.entity)),
    relations: snapshot.relations.filter((r) => entityIds.has(r.source) && entityIds.has(r.target)),
    related,
    communities: snapshot.communities
      .filter((c) => communitySizes.has(c.id))
      .map((c) => ({
        ...c,
        size: communitySizes.get(c.id) ?? 0,
        top: c.top.filter((id) => kept.has(id)),
      })),
    graph: {
      ...snapshot.graph,
      nodes,
      edges: snapshot.graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
    },
  };
}

/** Snapshot JSON (one line, newline-terminated) of the whole graph or of the given view. */
export function snapshotToJson(snapshot: Snapshot, view: JsonView = {}): string {
  const data = view.nodeIds ? filterSnapshot(snapshot, view.nodeIds) : snapshot;
  const out = view.state === undefined ? data : { ...data, view: view.state };
  return JSON.stringify(out) + "\n";
}
