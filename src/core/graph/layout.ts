// Node positions and sizes for the explorer: a seeded start that places each community around
// its own centre, ForceAtlas2 with inferred settings for a fixed iteration count scaled by size,
// then noverlap, then rounding. Neither algorithm draws random numbers: same input, same bytes.
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import seedrandom from "seedrandom";
import type { KnowledgeGraph } from "./model";
import { roundTo } from "./model";
import type { GraphSettings } from "./settings";

/**
 * layoutWorkBudget / (nodes + edges), within [layoutMinIterations, layoutMaxIterations]: one
 * iteration costs about nodes·log(nodes) (Barnes–Hut) + edges, so the total stays bounded.
 */
export function layoutIterations(order: number, size: number, settings: GraphSettings): number {
  const scaled = settings.layoutWorkBudget / Math.max(1, order + size);
  return Math.round(
    Math.min(settings.layoutMaxIterations, Math.max(settings.layoutMinIterations, scaled)),
  );
}

/** size ∝ √(PageRank / max PageRank): area, not radius, tracks importance. */
export function assignSizes(graph: KnowledgeGraph, settings: GraphSettings): void {
  let max = 0;
  graph.forEachNode((_node, attributes) => {
    max = Math.max(max, attributes.pagerank ?? 0);
  });
  const span = settings.nodeSizeMax - settings.nodeSizeMin;
  graph.forEachNode((node, attributes) => {
    const share = max > 0 ? Math.sqrt((attributes.pagerank ?? 0) / max) : 0;
    graph.setNodeAttribute(node, "size", roundTo(settings.nodeSizeMin + span * share, 2));
  });
}

/**
 * Seeded start: community c's centre on a golden-angle spiral, its nodes uniformly in a disc of
 * radius ∝ √(members). Starting near the final clusters lets a few FA2 iterations suffice on
 * large graphs. Nodes without a community share one disc at the origin.
 */
function assignStartPositions(graph: KnowledgeGraph, seed: string): void {
  const rng = seedrandom(`${seed}:layout`);
  const members = new Map<number, number>();
  graph.forEachNode((_node, a) => {
    const c = a.community ?? -1;
    members.set(c, (members.get(c) ?? 0) + 1);
  });
  const SPACING = 10;
  const GOLDEN = Math.PI * (3 - Math.sqrt(5));
  graph.forEachNode((node, a) => {
    const c = a.community ?? -1;
    const centre =
      c < 0 ? 0 : SPACING * 4 * Math.sqrt(graph.order) * Math.sqrt(c / Math.max(1, members.size));
    const radius = SPACING * Math.sqrt(members.get(c)!);
    const r = radius * Math.sqrt(rng());
    const angle = 2 * Math.PI * rng();
    graph.mergeNodeAttributes(node, {
      x: centre * Math.cos(c * GOLDEN) + r * Math.cos(angle),
      y: centre * Math.sin(c * GOLDEN) + r * Math.sin(angle),
    });
  });
}

/** Assigns size, x and y on every node. Returns the ForceAtlas2 iterations used. */
export function assignLayout(graph: KnowledgeGraph, settings: GraphSettings): number {
  assignSizes(graph, settings);
  if (graph.order === 0) return 0;
  // 1. Seeded, community-aware start.
  assignStartPositions(graph, settings.seed);
  // 2. ForceAtlas2, weighted by edge weight.
  const iterations = layoutIterations(graph.order, graph.size, settings);
  forceAtlas2.assign(graph, {
    iterations,
    getEdgeWeight: "weight",
    settings: forceAtlas2.inferSettings(graph),
  });
  // 3. Push apart overlapping discs (noverlap reads `size`). Its grid grows with √order: the
  //    default 20×20 grid puts thousands of nodes per cell at 10k talks, and cells are O(k²).
  if (settings.noverlapMaxIterations > 0) {
    noverlap.assign(graph, {
      maxIterations: settings.noverlapMaxIterations,
      settings: { margin: 1, gridSize: Math.max(20, Math.ceil(Math.sqrt(graph.order))) },
    });
  }
  // 4. Round, so the JSON is byte-stable.
  graph.forEachNode((node, attributes) => {
    graph.mergeNodeAttributes(node, {
      x: roundTo(attributes.x ?? 0, settings.coordinateDecimals),
      y: roundTo(attributes.y ?? 0, settings.coordinateDecimals),
    });
  });
  return iterations;
}
