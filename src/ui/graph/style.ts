// The Cytoscape stylesheet as selectors over element data and classes: colour by entity type or
// community, talks as rounded squares, size from PageRank, labels that appear big-nodes-first
// as you zoom (min-zoomed-font-size over a data-driven font size).
import type cytoscape from "cytoscape";
import { ENTITY_TYPES } from "../../core/types";
import type { ColorMode } from "../../core/view";
import type { Theme } from "../store/store";

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
  const edge = dark ? "#5a6475" : "#b8c0cc";
  const [lo, hi] = input.sizeRange[1] > input.sizeRange[0] ? input.sizeRange : [0, 1];
  const sheet: cytoscape.StylesheetJson = [
    {
      selector: "node",
      style: {
        width: `mapData(size, ${lo}, ${hi}, 12, 48)`,
        height: `mapData(size, ${lo}, ${hi}, 12, 48)`,
        "background-color": TYPE_COLORS.concept!,
        "border-width": 1,
        "border-color": halo,
        label: "data(label)",
        color: text,
        "font-size": `mapData(size, ${lo}, ${hi}, 8, 20)`,
        // Labels smaller than this on screen are skipped: small nodes' labels appear on zoom.
        "min-zoomed-font-size": 9,
        "text-valign": "bottom",
        "text-margin-y": 3,
        // Labels arrive cut to length (elements.ts): Cytoscape's own ellipsis is slow on big graphs.
        "text-wrap": "none",
        "text-outline-color": halo,
        "text-outline-width": 2,
        // Cytoscape rejects quoted family names; the browser falls back to a CJK font by itself.
        "font-family": "sans-serif",
      },
    },
    {
      selector: "node.lod-top",
      style: { "font-size": `mapData(size, ${lo}, ${hi}, 12, 24)`, "font-weight": "bold" },
    },
    {
      selector: "node.talk",
      style: { shape: "round-rectangle", "background-color": TYPE_COLORS.talk! },
    },
    {
      selector: "edge",
      style: {
        width: "mapData(weight, 0, 4, 0.6, 3)",
        "line-color": edge,
        "curve-style": "haystack",
        opacity: 0.55,
      },
    },
    {
      selector: "edge.relation",
      style: {
        "curve-style": "straight",
        "line-style": "dashed",
        "target-arrow-shape": "triangle",
        "target-arrow-color": edge,
        "arrow-scale": 0.8,
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
    { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0 } },
    { selector: "node.near", style: { "min-zoomed-font-size": 0 } },
    {
      selector: "node.shared",
      style: { "border-width": 4, "border-color": "#f5b700", "min-zoomed-font-size": 0 },
    },
    {
      selector: "node.selected",
      style: {
        "border-width": 5,
        "border-color": dark ? "#ffffff" : "#111111",
        "min-zoomed-font-size": 0,
        "z-index": 10,
      },
    },
    {
      selector: "node.path",
      style: { "border-width": 5, "border-color": "#ff3d7f", "min-zoomed-font-size": 0 },
    },
    {
      selector: "edge.path",
      style: { "line-color": "#ff3d7f", width: 4, opacity: 1, "z-index": 9 },
    },
    { selector: "edge.near", style: { opacity: 0.9 } },
    { selector: "edge.selected-edge", style: { "line-color": "#ff3d7f", width: 4, opacity: 1 } },
  );
  return sheet;
}
