// Entity–entity co-occurrence edges, weighted by normalised pointwise mutual information over
// talks: NPMI(a,b) = ln(p(a,b) / (p(a)·p(b))) / −ln(p(a,b)), with p(x) = talks mentioning x / talks.
// NPMI, unlike raw counts, does not link everything to the most common entities ("数据库");
// unlike Jaccard it corrects for chance. It lies in [−1, 1]: 1 = always together, 0 = independent.
import type { CooccurrenceEdgeAttributes, KnowledgeGraph, MentionEdgeAttributes } from "./model";
import { compareIds, cooccurrenceKey, roundTo } from "./model";
import type { GraphSettings } from "./settings";

export interface Cooccurrence {
  a: string;
  b: string;
  /** Talks mentioning both. */
  support: number;
  npmi: number;
}

/** NPMI from counts; defined as 1 when both entities appear in every talk (−ln 1 = 0). */
export function npmi(both: number, countA: number, countB: number, talks: number): number {
  const pab = both / talks;
  if (pab >= 1) return 1;
  return Math.log(pab / ((countA / talks) * (countB / talks))) / -Math.log(pab);
}

/** The entity neighbours of each talk through mention edges, strongest first (ties by id). */
export function talkEntities(
  graph: KnowledgeGraph,
): Map<string, { entity: string; weight: number }[]> {
  const out = new Map<string, { entity: string; weight: number }[]>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "talk") return;
    const list: { entity: string; weight: number }[] = [];
    graph.forEachEdge(node, (_edge, edge, source, target) => {
      if (edge.kind !== "mention") return;
      list.push({
        entity: source === node ? target : source,
        weight: (edge as MentionEdgeAttributes).weight,
      });
    });
    list.sort((x, y) => y.weight - x.weight || compareIds(x.entity, y.entity));
    out.set(node, list);
  });
  return out;
}

/**
 * Pairs of entities mentioned together in at least `cooccurrenceMinSupport` talks with NPMI at
 * least `cooccurrenceMinNpmi`, sorted by (a, b). Pairs are counted with integer keys i·E + j
 * over sorted entity indices, which keeps 10k talks to a few million map updates.
 */
export function computeCooccurrences(
  graph: KnowledgeGraph,
  settings: GraphSettings,
): Cooccurrence[] {
  const byTalk = talkEntities(graph);
  const talkCount = byTalk.size;
  const entityIds: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "entity") entityIds.push(node);
  });
  entityIds.sort(compareIds);
  const index = new Map(entityIds.map((id, i) => [id, i]));
  const E = entityIds.length;
  // Document frequency counts every mention; pair counts only each talk's strongest K.
  const df = new Uint32Array(E);
  const pairs = new Map<number, number>();
  for (const list of byTalk.values()) {
    for (const { entity } of list) df[index.get(entity)!]! += 1;
    const top = list
      .slice(0, settings.cooccurrenceMaxEntitiesPerTalk)
      .map(({ entity }) => index.get(entity)!)
      .sort((x, y) => x - y);
    for (let i = 0; i < top.length; i++) {
      const base = top[i]! * E;
      for (let j = i + 1; j < top.length; j++) {
        const key = base + top[j]!;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const out: Cooccurrence[] = [];
  const keys = [...pairs.keys()].sort((x, y) => x - y);
  for (const key of keys) {
    const support = pairs.get(key)!;
    if (support < settings.cooccurrenceMinSupport) continue;
    const i = Math.floor(key / E);
    const j = key - i * E;
    const score = roundTo(npmi(support, df[i]!, df[j]!, talkCount), 4);
    if (score < settings.cooccurrenceMinNpmi) continue;
    out.push({ a: entityIds[i]!, b: entityIds[j]!, support, npmi: score });
  }
  return out;
}

/** Adds one undirected `c:a|b` edge per co-occurrence; returns how many were added. */
export function addCooccurrenceEdges(graph: KnowledgeGraph, settings: GraphSettings): number {
  const found = computeCooccurrences(graph, settings);
  for (const { a, b, support, npmi: weight } of found) {
    const attributes: CooccurrenceEdgeAttributes = { kind: "cooccurrence", weight, support };
    graph.addUndirectedEdgeWithKey(cooccurrenceKey(a, b), a, b, attributes);
  }
  return found.length;
}
