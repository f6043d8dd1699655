// ViewState <-> URL query string. Defaults are left out so links stay short; anything invalid
// in a query is dropped (with a note in `problems`) rather than breaking the page, because
// links get hand-edited and truncated. Keys: sel, edge, focus, depth, exp, path, color, hide,
// deg, vp. Other keys (such as `graph`) are ignored here and kept by the caller.
import { COLOR_MODES, DEFAULT_VIEW_STATE, MAX_MIN_DEGREE, isLegendKey } from "./viewState";
import type { ColorMode, LegendKey, ViewState, Viewport } from "./viewState";

/** Node ids hold ":" and CJK; commas separate list items, so ids are percent-encoded one by one. */
function encodeList(values: readonly string[]): string {
  return values.map((v) => encodeURIComponent(v)).join(",");
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Query string (without "?") for a view; empty for the default view. */
export function viewStateToQuery(state: ViewState): string {
  const parts: [string, string][] = [];
  if (state.selected.length > 0) parts.push(["sel", encodeList(state.selected)]);
  if (state.edge) parts.push(["edge", encodeURIComponent(state.edge)]);
  if (state.focus) parts.push(["focus", encodeURIComponent(state.focus)]);
  if (state.focus && state.depth !== DEFAULT_VIEW_STATE.depth)
    parts.push(["depth", String(state.depth)]);
  if (state.focus && state.expanded.length > 0) parts.push(["exp", encodeList(state.expanded)]);
  if (state.path) parts.push(["path", encodeList(state.path)]);
  if (state.colorBy !== DEFAULT_VIEW_STATE.colorBy) parts.push(["color", state.colorBy]);
  if (state.hidden.length > 0) parts.push(["hide", [...state.hidden].sort().join(",")]);
  if (state.minDegree > 0) parts.push(["deg", String(state.minDegree)]);
  if (state.viewport) {
    const { x, y, zoom } = state.viewport;
    parts.push(["vp", `${round(x, 1)},${round(y, 1)},${round(zoom, 4)}`]);
  }
  return parts.map(([k, v]) => `${k}=${v}`).join("&");
}

/** Splits a query string into raw (still encoded) values by key; the last value of a key wins. */
function splitQuery(query: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of query.replace(/^\?/, "").split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq);
    out.set(key, eq < 0 ? "" : part.slice(eq + 1).replace(/\+/g, "%20"));
  }
  return out;
}

function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function decodeList(raw: string): string[] {
  return raw
    .split(",")
    .map(decode)
    .filter((v): v is string => v !== null && v.length > 0);
}

export interface ParsedViewQuery {
  state: ViewState;
  /** One line per dropped value, naming the key and why. */
  problems: string[];
}

/** Reads a view from a query string (with or without "?"), filling defaults for what is absent. */
export function queryToViewState(query: string): ParsedViewQuery {
  const raw = splitQuery(query);
  const problems: string[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE, selected: [], expanded: [], hidden: [] };
  const bad = (key: string, why: string) => problems.push(`view query: ${key}: ${why}`);

  const sel = raw.get("sel");
  if (sel !== undefined) state.selected = [...new Set(decodeList(sel))];
  const edge = raw.get("edge");
  if (edge) state.edge = decode(edge);
  const focus = raw.get("focus");
  if (focus) state.focus = decode(focus);
  const depth = raw.get("depth");
  if (depth !== undefined) {
    if (depth === "1" || depth === "2") state.depth = Number(depth) as 1 | 2;
    else bad("depth", `expected 1 or 2, got ${JSON.stringify(depth)}`);
  }
  const exp = raw.get("exp");
  if (exp !== undefined && state.focus) state.expanded = [...new Set(decodeList(exp))];
  const path = raw.get("path");
  if (path !== undefined) {
    const ends = decodeList(path);
    if (ends.length === 2) state.path = [ends[0]!, ends[1]!];
    else bad("path", `expected two ids separated by a comma, got ${ends.length}`);
  }
  const color = raw.get("color");
  if (color !== undefined) {
    if ((COLOR_MODES as readonly string[]).includes(color)) state.colorBy = color as ColorMode;
    else bad("color", `expected one of ${COLOR_MODES.join(", ")}, got ${JSON.stringify(color)}`);
  }
  const hide = raw.get("hide");
  if (hide !== undefined) {
    const keys = decodeList(hide);
    const unknown = keys.filter((k) => !isLegendKey(k));
    if (unknown.length > 0) bad("hide", `unknown type ${unknown.join(", ")}`);
    state.hidden = [...new Set(keys.filter(isLegendKey))].sort() as LegendKey[];
  }
  const deg = raw.get("deg");
  if (deg !== undefined) {
    const n = Number(deg);
    if (Number.isInteger(n) && n >= 0 && n <= MAX_MIN_DEGREE) state.minDegree = n;
    else bad("deg", `expected an integer from 0 to ${MAX_MIN_DEGREE}, got ${JSON.stringify(deg)}`);
  }
  const vp = raw.get("vp");
  if (vp !== undefined) {
    const viewport = parseViewport(vp);
    if (viewport) state.viewport = viewport;
    else bad("vp", `expected x,y,zoom with zoom > 0, got ${JSON.stringify(vp)}`);
  }
  return { state, problems };
}

function parseViewport(raw: string): Viewport | null {
  const nums = raw.split(",").map(Number);
  if (nums.length !== 3 || nums.some((n) => !Number.isFinite(n))) return null;
  const [x, y, zoom] = nums as [number, number, number];
  return zoom > 0 ? { x, y, zoom } : null;
}
