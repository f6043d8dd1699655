// Model -> Cytoscape elements. Elements carry data and classes only (kind, type, size,
// community); how they look is the stylesheet's job. Positions are the pipeline's, rescaled
// so node sizes and distances suit the drawing whatever units the layout used.
import type cytoscape from "cytoscape";
import type { GraphModel } from "../store/model";

/** How many of the biggest nodes carry the `lod-top` class (labels shown when zoomed out). */
export const LOD_TOP_COUNT = 40;

/** Longest drawn label, in Latin-letter widths (a CJK character counts as two). */
export const LABEL_MAX_UNITS = 28;

/**
 * Cuts a label to LABEL_MAX_UNITS with "…". Done here once rather than by Cytoscape's
 * `text-wrap: ellipsis`, which measures the text once per character of every long label
 * (over a second of first render on a 20k-element graph).
 */
export function truncateLabel(label: string): string {
  let units = 0;
  let i = 0;
  for (const ch of label) {
    units += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
    if (units > LABEL_MAX_UNITS) return `${label.slice(0, i).trimEnd()}…`;
    i += ch.length;
  }
  return label;
}

/** Smallest and largest node size in the model: the domain the stylesheet maps sizes from. */
export function sizeRange(model: Pick<GraphModel, "nodes">): [number, number] {
  return nodeSizeRange(model.nodes);
}

function nodeSizeRange(nodes: readonly { size: number }[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of nodes) {
    if (n.size < lo) lo = n.size;
    if (n.size > hi) hi = n.size;
  }
  return hi > lo ? [lo, hi] : [0, 1];
}

/** Label font sizes (px) of ordinary and of `lod-top` nodes, from the smallest node to the biggest. */
export const FONT_SIZES = { plain: [8, 20], top: [12, 24] } as const;

/**
 * A node's label font size: linear in its size over FONT_SIZES, rounded to half a pixel.
 * Every distinct font size is a font the browser has to set up before measuring or drawing
 * text with it; continuous sizes made label measurement the biggest cost of a first render.
 */
export function labelFontSize(size: number, [lo, hi]: [number, number], top: boolean): number {
  const [min, max] = top ? FONT_SIZES.top : FONT_SIZES.plain;
  const t = Math.min(1, Math.max(0, (size - lo) / (hi - lo)));
  return Math.round((min + t * (max - min)) * 2) / 2;
}

/** What a node's label is drawn as: the text, its font size, and whether it is a `lod-top` node. */
export interface NodeLabel {
  text: string;
  fontSize: number;
  top: boolean;
}

/**
 * The labels of the given nodes, in their order: cut to length, sized by node size, bold for
 * the LOD_TOP_COUNT nodes with the highest PageRank.
 */
export function nodeLabels(
  nodes: readonly { id: string; label: string; size: number; pagerank: number }[],
): NodeLabel[] {
  const top = new Set(
    [...nodes]
      .sort((a, b) => b.pagerank - a.pagerank || b.size - a.size || (a.id < b.id ? -1 : 1))
      .slice(0, LOD_TOP_COUNT)
      .map((n) => n.id),
  );
  const range = nodeSizeRange(nodes);
  return nodes.map((n) => {
    const isTop = top.has(n.id);
    return {
      text: truncateLabel(n.label),
      fontSize: labelFontSize(n.size, range, isTop),
      top: isTop,
    };
  });
}

/**
 * Cytoscape's elements for the model: its nodes (the edge layer draws the edges). Nodes outside
 * `visible` start with the `hidden` class, so the first frame already shows what
 * VisibilityController would leave.
 */
export function modelToElements(
  model: GraphModel,
  visible?: ReadonlySet<string>,
): cytoscape.ElementDefinition[] {
  const xs = model.nodes.map((n) => n.x);
  const ys = model.nodes.map((n) => n.y);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
  // About 90 px of room per node along each axis of a square layout.
  const scale = Math.max(600, Math.sqrt(model.nodes.length) * 90) / span;
  const labels = nodeLabels(model.nodes);
  const out: cytoscape.ElementDefinition[] = [];
  model.nodes.forEach((n, i) => {
    const { text, fontSize, top: isTop } = labels[i]!;
    out.push({
      group: "nodes",
      data: {
        id: n.id,
        label: text,
        kind: n.kind,
        entityType: n.entityType ?? "talk",
        size: n.size,
        fontSize,
        community: n.community,
        degree: n.degree,
      },
      position: { x: n.x * scale, y: n.y * scale },
      classes: [n.kind, isTop ? "lod-top" : "", visible && !visible.has(n.id) ? "hidden" : ""]
        .filter(Boolean)
        .join(" "),
    });
  });
  return out;
}
