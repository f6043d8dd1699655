// Node analytics stored as node attributes: degree, weighted degree, PageRank, betweenness.
// All come from graphology-metrics; betweenness is exact up to `betweennessExactMaxNodes` and
// above that estimated from sampled sources with graphology-shortest-path's indexed Brandes,
// because exact Brandes costs nodes × edges (≈ 15k × 300k at 10k talks: minutes).
import seedrandom from "seedrandom";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
// The folder index, not node/weighted-degree: the lint boundary rule matches "**/node/**".
import { weightedDegree } from "graphology-metrics/node";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes";
import type { KnowledgeGraph } from "./model";
import { roundSignificant, roundTo } from "./model";
import type { GraphSettings } from "./settings";

/** degree counts every edge (mentions, co-occurrences, relations); weightedDegree sums weights. */
export function assignDegrees(graph: KnowledgeGraph): void {
  graph.forEachNode((node) => {
    graph.setNodeAttribute(node, "degree", graph.degree(node));
    graph.setNodeAttribute(
      node,
      "weightedDegree",
      roundTo(weightedDegree(graph, node, "weight"), 4),
    );
  });
}

/**
 * Weighted PageRank over the whole mixed graph: relation edges pass rank one way only
 * (to what is developed / used), the rest both ways.
 */
export function assignPagerank(graph: KnowledgeGraph, settings: GraphSettings): void {
  if (graph.order === 0) return;
  const scores = pagerank(graph, {
    getEdgeWeight: "weight",
    alpha: settings.pagerankAlpha,
    // Damped power iteration converges geometrically; 1000 rounds only guards odd inputs.
    maxIterations: 1000,
    tolerance: 1e-6,
  });
  graph.forEachNode((node) => {
    graph.setNodeAttribute(node, "pagerank", roundSignificant(scores[node] ?? 0));
  });
}

/**
 * Unweighted betweenness, normalised by (N−1)(N−2) as graphology-metrics does. Unweighted
 * because our weights are similarities, not distances: Dijkstra would route along the weakest
 * links. Returns "exact" or "sampled" so callers can say which they got.
 */
export function assignBetweenness(
  graph: KnowledgeGraph,
  settings: GraphSettings,
): "exact" | "sampled" {
  if (graph.order <= settings.betweennessExactMaxNodes) {
    const scores = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    graph.forEachNode((node) => {
      graph.setNodeAttribute(node, "betweenness", roundSignificant(scores[node] ?? 0));
    });
    return "exact";
  }
  const samples = Math.min(settings.betweennessSamples, graph.order);
  const scores = sampledBetweenness(graph, samples, settings.seed);
  graph.forEachNode((node) => {
    graph.setNodeAttribute(node, "betweenness", roundSignificant(scores.get(node) ?? 0));
  });
  return "sampled";
}

/**
 * Brandes–Pich estimate: accumulate dependencies from k seeded random sources and scale by N/k.
 * The accumulation loop is graphology-metrics' own, restricted to the sampled sources.
 */
function sampledBetweenness(
  graph: KnowledgeGraph,
  samples: number,
  seed: string,
): Map<string, number> {
  const brandes = createUnweightedIndexedBrandes(graph);
  const N = graph.order;
  const rng = seedrandom(`${seed}:betweenness`);
  // Partial Fisher–Yates: the first k entries become a uniform sample without repeats.
  const order = Array.from({ length: N }, (_, i) => i);
  for (let i = 0; i < samples; i++) {
    const j = i + Math.floor(rng() * (N - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const delta = new Float64Array(N);
  const centrality = new Float64Array(N);
  for (let s = 0; s < samples; s++) {
    const source = order[s]!;
    const [S, P, sigma] = brandes(source);
    delta.fill(0);
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of P[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  const scale = (N / samples) * (N <= 2 ? 1 : 1 / ((N - 1) * (N - 2)));
  const out = new Map<string, number>();
  // The .d.ts puts `index` on the factory; at run time it is on the returned function.
  const { nodes } = (brandes as unknown as { index: { nodes: string[] } }).index;
  nodes.forEach((node, i) => out.set(node, centrality[i]! * scale));
  return out;
}
