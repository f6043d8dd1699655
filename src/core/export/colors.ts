// Node colours written into GEXF and GraphML, so a file opened in Gephi or Gephi Lite shows the
// same grouping as the explorer's legend: by entity type (talks in one neutral colour) or by
// community. Colours are plain RGB triples because every GEXF/GraphML reader accepts those.
import type { EntityType } from "../types";
import type { Row } from "./tables";

export type Rgb = readonly [number, number, number];
export type ColorBy = "type" | "community";

// The same values as the explorer's stylesheet (src/ui/graph/style.ts), so exports match the screen.
export const TALK_COLOR: Rgb = [91, 107, 127];
export const UNKNOWN_COLOR: Rgb = [158, 158, 158];

export const ENTITY_TYPE_COLORS: Readonly<Record<EntityType, Rgb>> = {
  company: [232, 112, 42],
  product: [155, 93, 229],
  technology: [31, 119, 180],
  concept: [42, 157, 88],
  domain: [209, 73, 91],
  person: [141, 103, 72],
  event: [212, 160, 23],
};

/** Tableau-based community palette, cycled when there are more communities than colours. */
export const COMMUNITY_COLORS: readonly Rgb[] = [
  [78, 121, 167],
  [242, 142, 43],
  [225, 87, 89],
  [118, 183, 178],
  [89, 161, 79],
  [237, 201, 72],
  [176, 122, 161],
  [255, 157, 167],
  [156, 117, 95],
  [134, 188, 182],
  [211, 114, 149],
  [160, 203, 232],
];

/** The colour a node row is drawn in, by entity type or by community. */
export function nodeColor(row: Row, colorBy: ColorBy = "type"): Rgb {
  if (colorBy === "community") {
    const community = row["community"];
    if (typeof community !== "number" || !Number.isInteger(community)) return UNKNOWN_COLOR;
    return COMMUNITY_COLORS[Math.abs(community) % COMMUNITY_COLORS.length] ?? UNKNOWN_COLOR;
  }
  if (row["kind"] === "talk") return TALK_COLOR;
  const type = row["entityType"];
  return typeof type === "string" && type in ENTITY_TYPE_COLORS
    ? ENTITY_TYPE_COLORS[type as EntityType]
    : UNKNOWN_COLOR;
}

export function rgbToHex([r, g, b]: Rgb): string {
  return "#" + [r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("");
}
