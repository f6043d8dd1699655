// What the explorer is showing, as plain data: selection, focus, path, filters, colouring and
// viewport. It is the single thing the URL, saved view files and history entries carry, so a
// reload, back/forward or a shared link restores exactly the same view.
import { ENTITY_TYPES } from "../types";
import type { EntityType } from "../types";

/** Node kinds the legend can hide: the seven entity types plus talks. */
export const LEGEND_KEYS = [...ENTITY_TYPES, "talk"] as const;
export type LegendKey = (typeof LEGEND_KEYS)[number];

export const COLOR_MODES = ["type", "community"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface ViewState {
  /** Selected node ids, in selection order (one: details; two or more talks: shared entities). */
  selected: string[];
  /** Selected edge key (evidence view); null when a node or nothing is selected. */
  edge: string | null;
  /** Node whose neighbourhood alone is shown; null shows the whole graph. */
  focus: string | null;
  /** Neighbourhood depth around `focus`. */
  depth: 1 | 2;
  /** Nodes added to the focused view by "expand". */
  expanded: string[];
  /** Shortest path endpoints (entity ids); null when no path is asked for. */
  path: [string, string] | null;
  colorBy: ColorMode;
  /** Legend entries switched off. */
  hidden: LegendKey[];
  /** Nodes with fewer connections than this are hidden (declutter slider). */
  minDegree: number;
  /** Saved pan and zoom; null fits the graph to the screen. */
  viewport: Viewport | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  selected: [],
  edge: null,
  focus: null,
  depth: 1,
  expanded: [],
  path: null,
  colorBy: "type",
  hidden: [],
  minDegree: 0,
  viewport: null,
};

/** Upper bound for the declutter slider; more than any snapshot needs, small enough to validate. */
export const MAX_MIN_DEGREE = 1000;

export function isLegendKey(value: string): value is LegendKey {
  return (LEGEND_KEYS as readonly string[]).includes(value);
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** True when two view states show the same thing (used to skip redundant history entries). */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
