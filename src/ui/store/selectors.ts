// Derived views over the model and the ViewState: which nodes are visible, which entities a set
// of talks shares, the shortest entity path through talks, co-occurring entities. Thin
// selectors over the snapshot arrays until src/core/graph/queries.ts offers the same.
import type { ViewState } from "../../core/view";
import type { Entity, Evidence, Talk } from "../../core/types";
import type { GraphModel } from "./model";

/** Nodes shown for a view: legend filter, declutter slider, then the focus neighbourhood. */
export function visibleNodeIds(model: GraphModel, view: ViewState): Set<string> {
  const hidden = new Set<string>(view.hidden);
  const keep = (id: string) => {
    const n = model.nodeById.get(id);
    if (!n) return false;
    const key = n.kind === "talk" ? "talk" : (n.entityType ?? "concept");
    return !hidden.has(key) && n.degree >= view.minDegree;
  };
  let ids: Iterable<string> = model.nodeById.keys();
  if (view.focus && model.nodeById.has(view.focus)) {
    const around = neighbourhood(model, view.focus, view.depth);
    for (const id of view.expanded) {
      if (!model.nodeById.has(id)) continue;
      around.add(id);
      for (const n of model.neighbours.get(id) ?? []) around.add(n);
    }
    ids = around;
  }
  const out = new Set<string>();
  for (const id of ids) if (keep(id)) out.add(id);
  // What the user asked to see stays visible whatever the filters say.
  if (view.focus && model.nodeById.has(view.focus)) out.add(view.focus);
  for (const id of view.selected) if (model.nodeById.has(id)) out.add(id);
  return out;
}

/** The node and everything within `depth` drawn edges of it. */
export function neighbourhood(model: GraphModel, id: string, depth: number): Set<string> {
  const seen = new Set([id]);
  let frontier = [id];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const m of model.neighbours.get(n) ?? []) {
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

export function talksSharingEntity(model: GraphModel, entityId: string): Talk[] {
  return (model.mentionsByEntity.get(entityId) ?? [])
    .map((m) => model.talkById.get(m.talk))
    .filter((t): t is Talk => t !== undefined);
}

export interface SharedEntity {
  entity: Entity;
  /** Selected talks that mention it. */
  inSelected: string[];
  /** Every talk in the snapshot that mentions it. */
  allTalks: string[];
}

/**
 * Entities mentioned by at least two of the given talks, those shared by all first, then by
 * how many selected talks mention them, then by name.
 */
export function sharedEntities(model: GraphModel, talkIds: string[]): SharedEntity[] {
  const byEntity = new Map<string, string[]>();
  for (const t of talkIds) {
    for (const m of model.mentionsByTalk.get(t) ?? []) {
      const list = byEntity.get(m.entity) ?? [];
      if (!list.includes(t)) list.push(t);
      byEntity.set(m.entity, list);
    }
  }
  const out: SharedEntity[] = [];
  for (const [id, inSelected] of byEntity) {
    const entity = model.entityById.get(id);
    if (!entity || inSelected.length < 2) continue;
    const allTalks = (model.mentionsByEntity.get(id) ?? []).map((m) => m.talk);
    out.push({ entity, inSelected, allTalks });
  }
  return out.sort(
    (a, b) =>
      b.inSelected.length - a.inSelected.length ||
      a.allTalks.length - b.allTalks.length ||
      (a.entity.name < b.entity.name ? -1 : 1),
  );
}

/**
 * Shortest path from one entity to another through talks (entity, talk, entity, ...), by
 * breadth-first search over mentions; neighbours are visited in id order so the path repeats.
 */
export function entityPath(model: GraphModel, from: string, to: string): string[] | null {
  if (!model.entityById.has(from) || !model.entityById.has(to)) return null;
  if (from === to) return [from];
  const prev = new Map<string, string>([[from, ""]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      const isTalk = model.talkById.has(node);
      const hops = isTalk
        ? (model.mentionsByTalk.get(node) ?? []).map((m) => m.entity)
        : (model.mentionsByEntity.get(node) ?? []).map((m) => m.talk);
      for (const h of [...hops].sort()) {
        if (prev.has(h)) continue;
        prev.set(h, node);
        if (h === to) return unwind(prev, to);
        next.push(h);
      }
    }
    frontier = next;
  }
  return null;
}

function unwind(prev: Map<string, string>, end: string): string[] {
  const path = [end];
  let cur = prev.get(end);
  while (cur) {
    path.unshift(cur);
    cur = prev.get(cur);
  }
  return path;
}

/** Evidence that a talk mentions an entity (the hop's reason in a path or an edge). */
export function mentionEvidence(model: GraphModel, talkId: string, entityId: string): Evidence[] {
  const m = (model.mentionsByTalk.get(talkId) ?? []).find((x) => x.entity === entityId);
  return m?.evidence ?? [];
}

export interface CoEntity {
  entity: Entity;
  /** Talks mentioning both. */
  support: number;
}

/** Entities that appear in the same talks as this one, most shared talks first. */
export function coOccurringEntities(model: GraphModel, entityId: string, limit = 12): CoEntity[] {
  const counts = new Map<string, number>();
  for (const m of model.mentionsByEntity.get(entityId) ?? []) {
    for (const other of model.mentionsByTalk.get(m.talk) ?? []) {
      if (other.entity === entityId) continue;
      counts.set(other.entity, (counts.get(other.entity) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([id, support]) => ({ entity: model.entityById.get(id), support }))
    .filter((c): c is CoEntity => c.entity !== undefined)
    .sort((a, b) => b.support - a.support || (a.entity.name < b.entity.name ? -1 : 1))
    .slice(0, limit);
}

/** Lexicon facts touching an entity, as (direction, relation type, other entity). */
export function entityRelations(
  model: GraphModel,
  entityId: string,
): { outgoing: boolean; type: string; other: Entity }[] {
  const out: { outgoing: boolean; type: string; other: Entity }[] = [];
  for (const r of model.snapshot.relations) {
    const outgoing = r.source === entityId;
    if (!outgoing && r.target !== entityId) continue;
    const other = model.entityById.get(outgoing ? r.target : r.source);
    if (other) out.push({ outgoing, type: r.type, other });
  }
  return out;
}

/** Selected talk ids (the multi-selection that drives "shared technologies"). */
export function selectedTalks(model: GraphModel, view: ViewState): string[] {
  return view.selected.filter((id) => model.talkById.has(id));
}
