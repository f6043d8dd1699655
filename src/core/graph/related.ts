// Related talks: cosine similarity of TF-IDF-weighted entity vectors, read off the mention edges.
// A talk's weight for entity e is mentionWeight × ln(N / df(e)) × relatedTypeWeights[type(e)],
// so rare, topical entities count most. Speakers and events are down-weighted, and two talks
// are related only if they share at least one entity that is neither a person nor an event.
// Lexicon hierarchy counts too: a talk on Kafka is also, more weakly, about 消息队列 (is-a).
import type { RelatedTalk } from "../snapshot/schema";
import type { EntityNodeAttributes, KnowledgeGraph, RelationEdgeAttributes } from "./model";
import { compareIds, roundTo } from "./model";
import type { GraphSettings } from "./settings";
import { talkEntities } from "./cooccurrence";

const NON_TOPICAL = new Set(["person", "event"]);
/**
 * relatedMaxDocumentShare only bites above this many talks: it exists to bound the Σ df² cost
 * of large archives, and in a small one (the 10-talk seed) a common entity is still evidence.
 */
const SHARE_CUT_FLOOR = 50;
/** Relations that say "a talk about the source is about the target": hypernym and whole. */
const EXPANDING = new Set(["is-a", "part-of"]);

/**
 * Each talk's mention weights, plus relatedExpansionWeight × w for the target of every is-a /
 * part-of relation from an entity it mentions (one level; added to a direct mention's weight).
 */
export function expandedTalkEntities(
  graph: KnowledgeGraph,
  factor: number,
): Map<string, { entity: string; weight: number }[]> {
  const byTalk = talkEntities(graph);
  if (factor === 0) return byTalk;
  // Targets per entity, once: directed "out" edges only (relations), never the mention edges.
  const targets = new Map<string, string[]>();
  graph.forEachDirectedEdge((_edge, attributes, source, target) => {
    if (attributes.kind !== "relation") return;
    const { relation, also = [] } = attributes as RelationEdgeAttributes;
    if (![relation, ...also].some((type) => EXPANDING.has(type))) return;
    targets.set(source, [...(targets.get(source) ?? []), target]);
  });
  const out = new Map<string, { entity: string; weight: number }[]>();
  for (const [talk, list] of byTalk) {
    const weights = new Map(list.map(({ entity, weight }) => [entity, weight]));
    for (const { entity, weight } of list) {
      for (const target of targets.get(entity) ?? []) {
        weights.set(target, (weights.get(target) ?? 0) + factor * weight);
      }
    }
    const expanded = [...weights].map(([entity, weight]) => ({ entity, weight }));
    out.set(
      talk,
      expanded.sort((a, b) => b.weight - a.weight || compareIds(a.entity, b.entity)),
    );
  }
  return out;
}

/** One entity's talks and weights, as parallel typed arrays (10k talks: millions of reads). */
interface Postings {
  talks: Int32Array;
  weights: Float64Array;
  topical: boolean;
  length: number;
}

/**
 * For every talk id (sorted), up to `relatedTopN` related talks, best first (ties by id), with
 * the shared entities sorted by their contribution to the score (w_t,e × w_u,e).
 * Cost is Σ df(e)² over kept entities, held down by `relatedMaxDocumentShare`.
 */
export function computeRelatedTalks(
  graph: KnowledgeGraph,
  settings: GraphSettings,
): Record<string, RelatedTalk[]> {
  // 1. Index talks (sorted, so a lower index is a smaller id) and their weighted entity vectors.
  //    Postings fill in talk order, so each list is sorted and `at` is the talk's own position.
  const byTalk = expandedTalkEntities(graph, settings.relatedExpansionWeight);
  const talks = [...byTalk.keys()].sort(compareIds);
  const N = talks.length;
  const df = new Map<string, number>();
  for (const list of byTalk.values()) {
    for (const { entity } of list) df.set(entity, (df.get(entity) ?? 0) + 1);
  }
  const maxDf = Math.max(settings.relatedMaxDocumentShare * N, SHARE_CUT_FLOOR);
  const vectors: Map<string, number>[] = [];
  const own: { list: Postings; at: number; w: number }[][] = [];
  const norms = new Float64Array(N);
  const postings = new Map<string, Postings>();
  talks.forEach((talk, t) => {
    const vector = new Map<string, number>();
    const mine: { list: Postings; at: number; w: number }[] = [];
    for (const { entity, weight } of byTalk.get(talk)!) {
      const d = df.get(entity)!;
      if (d > maxDf || d < settings.relatedMinDocumentFrequency) continue;
      const type = (graph.getNodeAttributes(entity) as EntityNodeAttributes).entityType;
      const w = weight * Math.log(N / d) * settings.relatedTypeWeights[type];
      if (w <= 0) continue;
      vector.set(entity, w);
      norms[t]! += w * w;
      let list = postings.get(entity);
      if (!list) {
        const topical = !NON_TOPICAL.has(type);
        list = { talks: new Int32Array(d), weights: new Float64Array(d), topical, length: 0 };
        postings.set(entity, list);
      }
      mine.push({ list, at: list.length, w });
      list.talks[list.length] = t;
      list.weights[list.length++] = w;
    }
    norms[t] = Math.sqrt(norms[t]!);
    vectors.push(vector);
    own.push(mine);
  });

  // 2. Cosine is symmetric: for each talk t, accumulate dot products with later talks only
  //    (the tail of each posting list after t) and offer each pair to both talks' top-N buffers.
  //    The buffers are small sorted arrays: a talk touches thousands of others, keeps ten.
  const dot = new Float64Array(N);
  const hasTopical = new Uint8Array(N);
  const touched = new Int32Array(N);
  const topN = settings.relatedTopN;
  const best: Best[][] = Array.from({ length: N }, () => []);
  for (let t = 0; t < N; t++) {
    let touchedCount = 0;
    for (const { list, at, w } of own[t]!) {
      for (let i = at + 1; i < list.length; i++) {
        const u = list.talks[i]!;
        if (dot[u] === 0) touched[touchedCount++] = u;
        dot[u]! += w * list.weights[i]!;
        if (list.topical) hasTopical[u] = 1;
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const u = touched[i]!;
      if (hasTopical[u] && topN > 0) {
        const raw = dot[u]! / (norms[t]! * norms[u]!);
        // Rounded before ranking, so ties (broken by id) are the ties the JSON shows; the
        // cheap raw check first skips rounding for the many pairs neither talk would keep.
        if (
          raw >= settings.relatedMinScore - 1e-4 &&
          (mayEnter(best[t]!, raw, topN) || mayEnter(best[u]!, raw, topN))
        ) {
          const score = roundTo(raw, 4);
          if (score >= settings.relatedMinScore) {
            insertBest(best[t]!, u, score, topN);
            insertBest(best[u]!, t, score, topN);
          }
        }
      }
      dot[u] = 0;
      hasTopical[u] = 0;
    }
  }
  const related: Record<string, RelatedTalk[]> = {};
  talks.forEach((talk, t) => {
    related[talk] = best[t]!.map(({ u, score }) => ({
      talk: talks[u]!,
      score,
      shared: sharedReasons(vectors[t]!, vectors[u]!, settings.relatedMaxShared),
    }));
  });
  return related;
}

interface Best {
  u: number;
  score: number;
}

/** Could a pair with this raw score (±rounding) enter a buffer? */
function mayEnter(best: Best[], raw: number, size: number): boolean {
  return best.length < size || raw >= best[size - 1]!.score - 1e-4;
}

/** Inserts into a buffer sorted by score desc, then index asc, holding at most `size`. */
function insertBest(best: Best[], u: number, score: number, size: number) {
  const worse = (a: Best) => a.score < score || (a.score === score && a.u > u);
  if (best.length === size && !worse(best[size - 1]!)) return;
  let at = best.length;
  while (at > 0 && worse(best[at - 1]!)) at--;
  best.splice(at, 0, { u, score });
  if (best.length > size) best.pop();
}

function sharedReasons(a: Map<string, number>, b: Map<string, number>, max: number): string[] {
  const shared: { entity: string; contribution: number }[] = [];
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [entity, w] of small) {
    const other = large.get(entity);
    if (other !== undefined) shared.push({ entity, contribution: w * other });
  }
  shared.sort((x, y) => y.contribution - x.contribution || compareIds(x.entity, y.entity));
  return shared.slice(0, max).map(({ entity }) => entity);
}
