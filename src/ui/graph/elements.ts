// Model -> Cytoscape elements. Elements carry data and classes only (kind, type, size,
// community); how they look is the stylesheet's job. Positions are the pipeline's, rescaled
// so node sizes and distances suit the drawing whatever units the layout used.
import type cytoscape from "cytoscape";
import type { GraphModel } from "../store/model";
import { DRAWN_EDGE_KINDS } from "../store/model";

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

export function modelToElements(model: GraphModel): cytoscape.ElementDefinition[] {
  const xs = model.nodes.map((n) => n.x);
  const ys = model.nodes.map((n) => n.y);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
  // About 90 px of room per node along each axis of a square layout.
  const scale = Math.max(600, Math.sqrt(model.nodes.length) * 90) / span;
  const top = new Set(
    [...model.nodes]
      .sort((a, b) => b.pagerank - a.pagerank || b.size - a.size || (a.id < b.id ? -1 : 1))
      .slice(0, LOD_TOP_COUNT)
      .map((n) => n.id),
  );
  const out: cytoscape.ElementDefinition[] = [];
  for (const n of model.nodes) {
    out.push({
      group: "nodes",
      data: {
        id: n.id,
        label: truncateLabel(n.label),
        kind: n.kind,
        entityType: n.entityType ?? "talk",
        size: n.size,
        community: n.community,
        degree: n.degree,
      },
      position: { x: n.x * scale, y: n.y * scale },
      classes: [n.kind, top.has(n.id) ? "lod-top" : ""].filter(Boolean).join(" "),
    });
  }
  for (const e of model.edges) {
    if (!DRAWN_EDGE_KINDS.has(e.kind)) continue;
    out.push({
      group: "edges",
      data: { id: e.id, source: e.source, target: e.target, kind: e.kind, weight: e.weight },
      classes: e.kind,
    });
  }
  return out;
}
