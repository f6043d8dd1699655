// The graph's edges, drawn on a canvas of our own beneath Cytoscape's, which holds the nodes
// only (what sigma.js and Gephi Lite do with separate edge and node programs).
//
// Cytoscape styles, measures, indexes and draws every edge one by one: on the benchmark's
// 20k-element graph its 15,759 edges cost about 2.5 s of the first render in software
// rendering, and 1.6 s even with every edge `display: none`. Here an edge is two node indices,
// a width and a state; a frame strokes all edges of one look as one path, a few strokes in all.
//
// The layer follows Cytoscape's viewport and node positions (drags included), draws in the same
// animation frame as Cytoscape, answers which edge is under a tap, and hands out its edges as
// Cytoscape elements for exports, which draw them with the stylesheet's edge rules.
import type cytoscape from "cytoscape";
import type { GraphEdge, GraphModel } from "../store/model";
import { DRAWN_EDGE_KINDS } from "../store/model";
import type { Theme } from "../store/store";
import type { EdgeState } from "./highlight";
import { EDGE_STATES } from "./highlight";
import {
  EDGE_OPACITY,
  HIGHLIGHT_COLOR,
  MAX_EDGE_WIDTH,
  RELATION_DASH,
  arrowSize,
  edgeColor,
  edgeWidth,
} from "./style";

/**
 * Above this many edges, a moving viewport (pan, zoom) shows the last drawing moved and scaled,
 * as Cytoscape's textureOnViewport does for nodes, and the edges are drawn again exactly once
 * the viewport has rested for REST_MS.
 */
const MOVING_TEXTURE_EDGES = 2000;
const REST_MS = 150;

/** Cytoscape's tap tolerance around an edge (screen px): mouse, then touch. */
const EDGE_THRESHOLD = [8, 24] as const;

/** State codes per edge: 0 hidden (an end is hidden), then EDGE_STATES in order from 1. */
const HIDDEN = 0;
const PLAIN = 1 + EDGE_STATES.indexOf("plain");
const FADED = 1 + EDGE_STATES.indexOf("faded");
/** From this code on, an edge is drawn in the highlight colour at the widest width. */
const STRONG = 1 + EDGE_STATES.indexOf("path");

export interface EdgeLayer {
  /** Nodes shown; an edge with a hidden end is not drawn. */
  setVisible(visible: ReadonlySet<string>): void;
  /** Edges in focus and their state; with `fade`, all others fade. */
  setHighlight(edges: ReadonlyMap<string, EdgeState>, fade: boolean): void;
  setTheme(theme: Theme): void;
  /** The drawn edge nearest to a model position, within tap tolerance, or null. */
  edgeAt(x: number, y: number, touch?: boolean): string | null;
  /** The drawn edges as Cytoscape elements with their state classes (for exports). */
  elements(): cytoscape.ElementDefinition[];
  /** Number of edges drawn by the last frame (culled and hidden ones excluded). */
  readonly drawn: number;
  destroy(): void;
}

const layers = new WeakMap<cytoscape.Core, EdgeLayer>();

/** The edge layer installed on an instance, if any. */
export function edgeLayerOf(cy: cytoscape.Core): EdgeLayer | undefined {
  return layers.get(cy);
}

/** Squared distance from (x, y) to the segment (ax, ay)–(bx, by). */
function segmentDistanceSq(
  x: number,
  y: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
  const px = ax + t * dx - x;
  const py = ay + t * dy - y;
  return px * px + py * py;
}

export function installEdgeLayer(
  cy: cytoscape.Core,
  model: GraphModel,
  theme: Theme,
  visible: ReadonlySet<string>,
): EdgeLayer {
  const container = cy.container()!;
  const canvas = document.createElement("canvas");
  canvas.className = "edge-layer";
  canvas.setAttribute("aria-hidden", "true");
  Object.assign(canvas.style, {
    position: "absolute",
    left: "0",
    top: "0",
    zIndex: "0",
    pointerEvents: "none",
  });
  container.insertBefore(canvas, container.firstChild);
  const ctx = canvas.getContext("2d")!;

  const nodes = cy.nodes().toArray() as cytoscape.NodeSingular[];
  const nodeIndex = new Map<string, number>(nodes.map((n, i) => [n.id(), i]));
  const pos = new Float64Array(nodes.length * 2);
  /** Drawn radius per node, where a relation edge's arrow meets it. */
  const radius = new Float64Array(nodes.length);
  nodes.forEach((n, i) => {
    const p = n.position();
    pos[2 * i] = p.x;
    pos[2 * i + 1] = p.y;
    radius[i] = n.width() / 2;
  });

  const edges: GraphEdge[] = model.edges.filter(
    (e) => DRAWN_EDGE_KINDS.has(e.kind) && nodeIndex.has(e.source) && nodeIndex.has(e.target),
  );
  const src = new Uint32Array(edges.length);
  const tgt = new Uint32Array(edges.length);
  const width = new Float32Array(edges.length);
  const relation = new Uint8Array(edges.length);
  edges.forEach((e, i) => {
    src[i] = nodeIndex.get(e.source)!;
    tgt[i] = nodeIndex.get(e.target)!;
    width[i] = edgeWidth(e.weight);
    relation[i] = e.kind === "relation" ? 1 : 0;
  });
  /** Edges grouped by width (one stroke per width and state), widest last. */
  const byWidth = new Map<number, number[]>();
  edges.forEach((_, i) => {
    const list = byWidth.get(width[i]!);
    if (list) list.push(i);
    else byWidth.set(width[i]!, [i]);
  });
  const widthGroups = [...byWidth].sort((a, b) => a[0] - b[0]);
  const allEdges = edges.map((_, i) => i);

  const state = new Uint8Array(edges.length);
  let shown: ReadonlySet<string> = visible;
  let focus: ReadonlyMap<string, EdgeState> = new Map();
  let fade = false;
  let color = edgeColor(theme);
  let drawn = 0;

  /** Recomputes each edge's state; true when any changed. */
  const restate = (): boolean => {
    const rest = fade ? FADED : PLAIN;
    let changed = false;
    for (let i = 0; i < edges.length; i++) {
      const e = edges[i]!;
      let next = HIDDEN;
      if (shown.has(e.source) && shown.has(e.target)) {
        const s = focus.get(e.id);
        next = s ? 1 + EDGE_STATES.indexOf(s) : rest;
      }
      if (state[i] !== next) {
        state[i] = next;
        changed = true;
      }
    }
    return changed;
  };
  restate();

  /** What the next frame must do: nothing, move the last drawing ("view"), or draw ("all"). */
  let dirty: "none" | "view" | "all" = "all";
  let frame = 0;
  const invalidate = (what: "view" | "all" = "all") => {
    if (what === "all" || dirty === "none") dirty = what;
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };

  // The last exact drawing and the viewport it was drawn at, for a moving viewport.
  const moving = edges.length > MOVING_TEXTURE_EDGES;
  const texture = moving ? document.createElement("canvas") : null;
  let textureView: { x: number; y: number; zoom: number } | null = null;
  let approximate = false;

  /** Whether the canvas no longer matches the graph area (in device pixels). */
  const sizeChanged = (ratio: number, w: number, h: number) =>
    canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio);

  const draw = () => {
    if (dirty === "none") return;
    const what = dirty;
    dirty = "none";
    const ratio = window.devicePixelRatio || 1;
    const w = cy.width();
    const h = cy.height();
    if (sizeChanged(ratio, w, h)) {
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
      textureView = null;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const zoom = cy.zoom();
    const pan = cy.pan();
    if (what === "view" && texture && textureView) {
      const scale = zoom / textureView.zoom;
      ctx.setTransform(
        scale,
        0,
        0,
        scale,
        ratio * (pan.x - textureView.x * scale),
        ratio * (pan.y - textureView.y * scale),
      );
      ctx.drawImage(texture, 0, 0);
      approximate = true;
      return;
    }
    approximate = false;
    ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    // The view in model coordinates, grown by the widest edge, for culling.
    const pad = MAX_EDGE_WIDTH;
    const x1 = -pan.x / zoom - pad;
    const y1 = -pan.y / zoom - pad;
    const x2 = (w - pan.x) / zoom + pad;
    const y2 = (h - pan.y) / zoom + pad;
    const inView = (i: number) => {
      const a = 2 * src[i]!;
      const b = 2 * tgt[i]!;
      const ax = pos[a]!;
      const ay = pos[a + 1]!;
      const bx = pos[b]!;
      const by = pos[b + 1]!;
      return !(
        (ax < x1 && bx < x1) ||
        (ax > x2 && bx > x2) ||
        (ay < y1 && by < y1) ||
        (ay > y2 && by > y2)
      );
    };
    drawn = 0;
    ctx.lineCap = "butt";
    // Weakest state first, so what is in focus lies on top.
    for (let code = 1; code <= EDGE_STATES.length; code++) {
      const look = EDGE_STATES[code - 1]!;
      const strong = code >= STRONG;
      ctx.globalAlpha =
        look === "faded"
          ? EDGE_OPACITY.faded
          : look === "near"
            ? EDGE_OPACITY.near
            : strong
              ? 1
              : EDGE_OPACITY.plain;
      ctx.strokeStyle = strong ? HIGHLIGHT_COLOR : color;
      ctx.fillStyle = ctx.strokeStyle;
      for (const dashed of [false, true]) {
        ctx.setLineDash(dashed ? [...RELATION_DASH] : []);
        for (const [lineWidth, members] of strong
          ? [[MAX_EDGE_WIDTH, allEdges] as const]
          : widthGroups) {
          ctx.lineWidth = lineWidth;
          ctx.beginPath();
          let any = false;
          for (const i of members) {
            if (state[i] !== code || relation[i] !== (dashed ? 1 : 0) || !inView(i)) continue;
            any = true;
            drawn++;
            const a = 2 * src[i]!;
            const b = 2 * tgt[i]!;
            if (dashed) {
              // Relations end at the target's edge, where the arrow sits.
              const [ex, ey] = towards(
                pos[a]!,
                pos[a + 1]!,
                pos[b]!,
                pos[b + 1]!,
                radius[tgt[i]!]!,
              );
              ctx.moveTo(pos[a]!, pos[a + 1]!);
              ctx.lineTo(ex, ey);
            } else {
              ctx.moveTo(pos[a]!, pos[a + 1]!);
              ctx.lineTo(pos[b]!, pos[b + 1]!);
            }
          }
          if (!any) continue;
          ctx.stroke();
          if (dashed) drawArrows(members, code, lineWidth);
        }
      }
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    if (texture) {
      texture.width = canvas.width;
      texture.height = canvas.height;
      texture.getContext("2d")!.drawImage(canvas, 0, 0);
      textureView = { x: pan.x, y: pan.y, zoom };
    }
  };

  /** Filled triangles at the targets of the relation edges in one group. */
  const drawArrows = (members: readonly number[], code: number, lineWidth: number) => {
    const size = arrowSize(lineWidth);
    ctx.setLineDash([]);
    ctx.beginPath();
    for (const i of members) {
      if (state[i] !== code || relation[i] !== 1) continue;
      const a = 2 * src[i]!;
      const b = 2 * tgt[i]!;
      const ax = pos[a]!;
      const ay = pos[a + 1]!;
      const [tx, ty] = towards(ax, ay, pos[b]!, pos[b + 1]!, radius[tgt[i]!]!);
      const len = Math.hypot(tx - ax, ty - ay) || 1;
      const ux = (tx - ax) / len;
      const uy = (ty - ay) / len;
      // Cytoscape's triangle: 0.3 of the arrow size long, 0.3 wide.
      const back = 0.3 * size;
      const half = 0.15 * size;
      ctx.moveTo(tx, ty);
      ctx.lineTo(tx - ux * back - uy * half, ty - uy * back + ux * half);
      ctx.lineTo(tx - ux * back + uy * half, ty - uy * back - ux * half);
      ctx.closePath();
    }
    ctx.fill();
    ctx.setLineDash([...RELATION_DASH]);
  };

  const onPosition = (evt: cytoscape.EventObject) => {
    const i = nodeIndex.get(evt.target.id() as string);
    if (i === undefined) return;
    const p = (evt.target as cytoscape.NodeSingular).position();
    pos[2 * i] = p.x;
    pos[2 * i + 1] = p.y;
    invalidate();
  };
  let rest: ReturnType<typeof setTimeout> | undefined;
  const onViewport = () => {
    if (!moving) return invalidate();
    invalidate("view");
    clearTimeout(rest);
    rest = setTimeout(() => {
      if (approximate) invalidate();
    }, REST_MS);
  };
  // Cytoscape also reports a resize when its container is first observed: only a real change
  // of size needs the edges drawn again.
  const onResize = () => {
    if (sizeChanged(window.devicePixelRatio || 1, cy.width(), cy.height())) invalidate();
  };
  // Cytoscape draws in an animation frame and then emits `render`: drawing the edges there
  // keeps both canvases in the same frame (a pan never shows nodes ahead of their edges).
  const onRender = () => draw();
  cy.on("position", "node", onPosition);
  cy.on("viewport", onViewport);
  cy.on("resize", onResize);
  cy.on("render", onRender);
  invalidate();

  const layer: EdgeLayer = {
    setVisible(next) {
      shown = next;
      if (restate()) invalidate();
    },
    setHighlight(next, nextFade) {
      focus = next;
      fade = nextFade;
      if (restate()) invalidate();
    },
    setTheme(next) {
      color = edgeColor(next);
      invalidate();
    },
    edgeAt(x, y, touch = false) {
      const zoom = cy.zoom();
      const tolerance = EDGE_THRESHOLD[touch ? 1 : 0] / zoom;
      let best: number | null = null;
      let bestSq = Infinity;
      for (let i = 0; i < edges.length; i++) {
        if (state[i] === HIDDEN) continue;
        const a = 2 * src[i]!;
        const b = 2 * tgt[i]!;
        const d = segmentDistanceSq(x, y, pos[a]!, pos[a + 1]!, pos[b]!, pos[b + 1]!);
        const reach = (state[i]! >= STRONG ? MAX_EDGE_WIDTH : width[i]!) / 2 + tolerance;
        if (d <= reach * reach && d < bestSq) {
          best = i;
          bestSq = d;
        }
      }
      return best === null ? null : edges[best]!.id;
    },
    elements() {
      const out: cytoscape.ElementDefinition[] = [];
      edges.forEach((e, i) => {
        if (state[i] === HIDDEN) return;
        const look = EDGE_STATES[state[i]! - 1]!;
        out.push({
          group: "edges",
          data: { id: e.id, source: e.source, target: e.target, kind: e.kind, weight: e.weight },
          classes: look === "plain" ? e.kind : `${e.kind} ${look}`,
        });
      });
      return out;
    },
    get drawn() {
      return drawn;
    },
    destroy() {
      cancelAnimationFrame(frame);
      cy.off("position", "node", onPosition);
      clearTimeout(rest);
      cy.off("viewport", onViewport);
      cy.off("resize", onResize);
      cy.off("render", onRender);
      canvas.remove();
      layers.delete(cy);
    },
  };
  layers.set(cy, layer);
  return layer;
}

/** The point `r` short of (bx, by) on the way from (ax, ay): where a line meets a node's rim. */
function towards(ax: number, ay: number, bx: number, by: number, r: number): [number, number] {
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy);
  if (len <= r) return [bx, by];
  return [bx - (dx / len) * r, by - (dy / len) * r];
}
