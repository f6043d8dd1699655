// The Cytoscape stylesheet as selectors over element data and classes: colour by entity type or
// community, talks as rounded squares, size from PageRank, labels that appear big-nodes-first
// as you zoom (min-zoomed-font-size over a data-driven font size; a node has a label at all only
// once labelLod.ts gives it the `lbl` class, or a state shows it).
import type cytoscape from "cytoscape";
import { ENTITY_TYPES } from "../../core/types";
import type { ColorMode } from "../../core/view";
import type { Theme } from "../store/store";
import { LABEL_CLASS, MIN_LABEL_PX } from "./labelLod";

export const TYPE_COLORS: Record<string, string> = {
  company: "#e8702a",
  product: "#9b5de5",
  technology: "#1f77b4",
  concept: "#2a9d58",
  domain: "#d1495b",
  person: "#8d6748",
  event: "#d4a017",
  talk: "#5b6b7f",
};

const COMMUNITY_COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#86bcb6",
  "#d37295",
  "#a0cbe8",
];

export function communityColor(id: number): string {
  return COMMUNITY_COLORS[Math.abs(id) % COMMUNITY_COLORS.length]!;
}

/** Drawn node size range (px at zoom 1), smallest to biggest PageRank. */
const NODE_SIZES = [12, 48] as const;
/** Widest node border any state gives (selected, path). */
const MAX_BORDER = 5;
/** Widest edge any state gives (path, selected edge), and its arrow's scale. */
export const MAX_EDGE_WIDTH = 4;
export const ARROW_SCALE = 0.8;
/** Colour of a path or selected edge (and of a path node's border). */
export const HIGHLIGHT_COLOR = "#ff3d7f";
/** Edge opacity: plain, faded (something else in focus), near the selection. */
export const EDGE_OPACITY = { plain: 0.55, faded: 0.12, near: 0.9 } as const;
/** Dash and gap (px at zoom 1) of a relation edge, Cytoscape's default `dashed` pattern. */
export const RELATION_DASH = [6, 3] as const;
/** Edge weights map linearly onto these widths (px at zoom 1), clamped. */
const EDGE_WEIGHTS = [0, 4] as const;
const EDGE_WIDTHS = [0.6, 3] as const;

export function edgeColor(theme: Theme): string {
  return theme === "dark" ? "#5a6475" : "#b8c0cc";
}

/** An edge's drawn width from its weight: the stylesheet's mapData, as a function. */
export function edgeWidth(weight: number): number {
  const [w0, w1] = EDGE_WEIGHTS;
  const t = Math.min(1, Math.max(0, (weight - w0) / (w1 - w0)));
  return EDGE_WIDTHS[0] + t * (EDGE_WIDTHS[1] - EDGE_WIDTHS[0]);
}

/** Cytoscape's arrow size for an edge of this width (its `arrow-scale` applied). */
export function arrowSize(width: number): number {
  return Math.max(Math.pow(width * 13.37, 0.9), 29) * ARROW_SCALE;
}

/** How far from its centre a node can be hit: half the biggest node plus its border. */
export const MAX_NODE_REACH = NODE_SIZES[1] / 2 + MAX_BORDER;

/** Label font family. Cytoscape rejects quoted family names; the browser falls back to a CJK font by itself. */
export const LABEL_FONT_FAMILY = "sans-serif";

export interface StyleInput {
  colorBy: ColorMode;
  theme: Theme;
  communityIds: number[];
  /** Range of node sizes in the data, so mapData spreads them over the drawn range. */
  sizeRange: [number, number];
}

export function buildStylesheet(input: StyleInput): cytoscape.StylesheetJson {
  const dark = input.theme === "dark";
  const text = dark ? "#e6e9ef" : "#1d2330";
  const halo = dark ? "#11151c" : "#ffffff";
  const edge = edgeColor(input.theme);
  const [lo, hi] = input.sizeRange[1] > input.sizeRange[0] ? input.sizeRange : [0, 1];
  const sheet: cytoscape.StylesheetJson = [
    {
      selector: "node",
      style: {
        width: `mapData(size, ${lo}, ${hi}, ${NODE_SIZES[0]}, ${NODE_SIZES[1]})`,
        height: `mapData(size, ${lo}, ${hi}, ${NODE_SIZES[0]}, ${NODE_SIZES[1]})`,
        "background-color": TYPE_COLORS.concept!,
        "border-width": 1,
        "border-color": halo,
      },
    },
    {
      // Labels only where they can be drawn (labelLod.ts) or a state below asks for them; the
      // text properties with them, so a node without a label is styled without them.
      selector: `node.${LABEL_CLASS}, node.near, node.shared, node.selected, node.path`,
      style: {
        label: "data(label)",
        color: text,
        // Precomputed per node (elements.ts labelFontSize), in half-pixel steps.
        "font-size": "data(fontSize)",
        // Labels smaller than this on screen are skipped: small nodes' labels appear on zoom.
        "min-zoomed-font-size": MIN_LABEL_PX,
        "text-valign": "bottom",
        "text-margin-y": 3,
        // Labels arrive cut to length (elements.ts): Cytoscape's own ellipsis is slow on big graphs.
        "text-wrap": "none",
        "text-outline-color": halo,
        "text-outline-width": 2,
        "font-family": LABEL_FONT_FAMILY,
      },
    },
    {
      selector: "node.lod-top",
      style: { "font-weight": "bold" },
    },
    {
      selector: "node.talk",
      style: { shape: "round-rectangle", "background-color": TYPE_COLORS.talk! },
    },
    {
      selector: "edge",
      style: {
        width: `mapData(weight, ${EDGE_WEIGHTS[0]}, ${EDGE_WEIGHTS[1]}, ${EDGE_WIDTHS[0]}, ${EDGE_WIDTHS[1]})`,
        "line-color": edge,
        "curve-style": "haystack",
        opacity: EDGE_OPACITY.plain,
      },
    },
    {
      selector: "edge.relation",
      style: {
        "curve-style": "straight",
        "line-style": "dashed",
        "target-arrow-shape": "triangle",
        "target-arrow-color": edge,
        "arrow-scale": ARROW_SCALE,
      },
    },
  ];
  if (input.colorBy === "type") {
    for (const type of ENTITY_TYPES) {
      sheet.push({
        selector: `node[entityType = "${type}"]`,
        style: { "background-color": TYPE_COLORS[type]! },
      });
    }
  } else {
    for (const id of input.communityIds) {
      sheet.push({
        selector: `node[community = ${id}]`,
        style: { "background-color": communityColor(id) },
      });
    }
  }
  // State classes last so they win over colouring.
  sheet.push(
    { selector: ".hidden", style: { display: "none" } },
    { selector: ".faded", style: { opacity: EDGE_OPACITY.faded, "text-opacity": 0 } },
    { selector: "node.near", style: { "min-zoomed-font-size": 0 } },
    {
      selector: "node.shared",
      style: { "border-width": 4, "border-color": "#f5b700", "min-zoomed-font-size": 0 },
    },
    {
      selector: "node.selected",
      style: {
        "border-width": MAX_BORDER,
        "border-color": dark ? "#ffffff" : "#111111",
        "min-zoomed-font-size": 0,
        "z-index": 10,
      },
    },
    {
      selector: "node.path",
      style: {
        "border-width": MAX_BORDER,
        "border-color": HIGHLIGHT_COLOR,
        "min-zoomed-font-size": 0,
      },
    },
    {
      selector: "edge.path",
      style: { "line-color": HIGHLIGHT_COLOR, width: MAX_EDGE_WIDTH, opacity: 1, "z-index": 9 },
    },
    { selector: "edge.near", style: { opacity: EDGE_OPACITY.near } },
    {
      selector: "edge.selected-edge",
      style: { "line-color": HIGHLIGHT_COLOR, width: MAX_EDGE_WIDTH, opacity: 1 },
    },
  );
  return sheet;
}
