// Controllers: components that render nothing and push one slice of store state into
// Cytoscape (nodes) and the edge layer (edges) inside an effect (Gephi Lite's pattern). Bulk
// class changes run in cy.batch().
import { useEffect, useMemo, useRef } from "react";
import type cytoscape from "cytoscape";
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { usePath, useVisibleIds } from "../store/hooks";
import { computeHighlight } from "./highlight";
import type { NodeState } from "./highlight";
import { edgeLayerOf } from "./edgeLayer";
import { buildStylesheet } from "./style";
import type { StyleInput } from "./style";
import { sizeRange } from "./elements";
import type { ColorMode, Viewport } from "../../core/view";
import type { Theme } from "../store/store";
import { timed } from "../perf";

interface Props {
  cy: cytoscape.Core;
  model: GraphModel;
}

/** The stylesheet inputs of a model under the given colouring and theme. */
export function styleInput(
  model: GraphModel,
  colorBy: ColorMode,
  theme: Theme,
  communityIds = modelCommunityIds(model),
): StyleInput {
  return { colorBy, theme, communityIds, sizeRange: sizeRange(model) };
}

function modelCommunityIds(model: GraphModel): number[] {
  return [...new Set(model.nodes.map((n) => n.community))].sort((a, b) => a - b);
}

/** Which colouring and theme each instance's stylesheet was built for (createGraph sets the first). */
export const appliedStyle = new WeakMap<cytoscape.Core, string>();

export const styleKey = (colorBy: ColorMode, theme: Theme) => `${colorBy}|${theme}`;

export function StyleController({ cy, model }: Props) {
  const colorBy = useExplorer((s) => s.view.colorBy);
  const theme = useExplorer((s) => s.theme);
  const communityIds = useMemo(() => modelCommunityIds(model), [model]);
  useEffect(() => {
    // The instance is created with the stylesheet of its moment: restyling every element
    // again on mount would cost as much as the first styling.
    const key = styleKey(colorBy, theme);
    if (appliedStyle.get(cy) === key) return;
    appliedStyle.set(cy, key);
    timed("style", () =>
      cy.style(buildStylesheet(styleInput(model, colorBy, theme, communityIds))),
    );
    edgeLayerOf(cy)?.setTheme(theme);
  }, [cy, model, colorBy, theme, communityIds]);
  return null;
}

export function VisibilityController({ cy, model }: Props) {
  const visible = useVisibleIds(model);
  useEffect(() => {
    // Only nodes whose state differs: Cytoscape restyles every element a class is removed
    // from, even one that never had it.
    timed("visibility", () =>
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const hide = !visible.has(n.id());
          if (n.hasClass("hidden") !== hide) n.toggleClass("hidden", hide);
        });
      }),
    );
    edgeLayerOf(cy)?.setVisible(visible);
  }, [cy, visible]);
  return null;
}

/** The node classes HighlightController owns. */
const HIGHLIGHT_CLASSES = ["selected", "near", "shared", "path", "faded"] as const;

/**
 * Selection, multi-selection (shared entities), selected edge and path (highlight.ts): node
 * states as classes, edge states on the edge layer; the rest fades. Runs after the next paint
 * so the details panel shows first, and touches only nodes whose classes change: every class
 * change costs Cytoscape a style recomputation for that node.
 */
export function HighlightController({ cy, model }: Props) {
  const selected = useExplorer((s) => s.view.selected);
  const edge = useExplorer((s) => s.view.edge);
  const path = usePath(model);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(
        () => timed("highlight", () => applyHighlight(cy, model, selected, edge, path)),
        0,
      );
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [cy, model, selected, edge, path]);
  return null;
}

function applyHighlight(
  cy: cytoscape.Core,
  model: GraphModel,
  selected: string[],
  edge: string | null,
  path: string[] | null,
): void {
  const { nodes, edges, fade } = computeHighlight(model, selected, edge, path);
  // Only differences are written, so moving from one node to the next restyles two
  // neighbourhoods, not the graph.
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const target: ReadonlySet<NodeState> | undefined = nodes.get(n.id() as string);
      for (const cls of HIGHLIGHT_CLASSES) {
        const on = target ? cls !== "faded" && target.has(cls) : fade && cls === "faded";
        if (n.hasClass(cls) !== on) n.toggleClass(cls, on);
      }
    });
  });
  edgeLayerOf(cy)?.setHighlight(edges, fade);
}

/** Highest zoom a fit may reach. */
const MAX_FIT_ZOOM = 1;

/** Applies a stored viewport (URL, history) or fits the visible nodes when there is none. */
export function ViewportController({ cy, model }: Props) {
  const viewport = useExplorer((s) => s.view.viewport);
  const visible = useVisibleIds(model);
  useEffect(() => applyViewport(cy, viewport, visible), [cy, viewport, visible]);
  return null;
}

/**
 * Applies a stored viewport, or fits the visible nodes (at most MAX_FIT_ZOOM) when there is
 * none. createGraph calls it before the first frame, ViewportController on every change.
 */
export function applyViewport(
  cy: cytoscape.Core,
  viewport: Viewport | null,
  visible: ReadonlySet<string>,
): void {
  if (viewport) {
    const pan = cy.pan();
    const same =
      Math.abs(pan.x - viewport.x) < 0.5 &&
      Math.abs(pan.y - viewport.y) < 0.5 &&
      Math.abs(cy.zoom() - viewport.zoom) < 1e-3;
    if (!same) cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.x, y: viewport.y } });
    return;
  }
  const nodes = cy.nodes().filter((n) => visible.has(n.id()));
  timed("fit", () => cy.fit(nodes.nonempty() ? nodes : undefined, 40));
  // A small neighbourhood would otherwise fill the screen with giant nodes and labels.
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(nodes.nonempty() ? nodes : undefined);
  }
}

/**
 * Brings a node and its neighbours into view, zoomed so they fill the graph area (at most
 * MAX_FIT_ZOOM, as a fit): on a big graph, centring alone leaves a chosen talk a dot in the crowd.
 */
export function revealNeighbourhood(
  cy: cytoscape.Core,
  model: GraphModel,
  node: cytoscape.NodeSingular,
): void {
  const around = cy.collection().merge(node);
  for (const id of model.neighbours.get(node.id() as string) ?? []) {
    around.merge(cy.getElementById(id));
  }
  const eles = around.filter((e) => e.visible());
  const box = eles.boundingBox();
  const padding = 80;
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    (cy.width() - 2 * padding) / Math.max(box.w, 1),
    (cy.height() - 2 * padding) / Math.max(box.h, 1),
  );
  const at = Math.max(cy.minZoom(), zoom);
  const cx = box.x1 + box.w / 2;
  const cyMid = box.y1 + box.h / 2;
  cy.animate({
    zoom: at,
    pan: { x: cy.width() / 2 - cx * at, y: cy.height() / 2 - cyMid * at },
    duration: 300,
  });
}

/** Brings a newly asked-for path into view (not on first mount: the URL's viewport wins then). */
export function PathFitController({ cy, model }: Props) {
  const path = usePath(model);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!path || path.length === 0) return;
    const nodes = cy.collection();
    for (const id of path) nodes.merge(cy.getElementById(id));
    cy.animate({ fit: { eles: nodes, padding: 80 }, duration: 300 });
  }, [cy, path]);
  return null;
}

let marked = false;

/**
 * `performance.mark('talkgraph:rendered')` once per page, when Cytoscape has drawn its first
 * frame. Armed by GraphView right after creating the instance, before any frame can happen.
 */
export function markFirstRender(cy: cytoscape.Core): () => void {
  if (marked) return () => {};
  const armed = performance.now();
  const onRender = () => {
    if (marked) return;
    marked = true;
    performance.measure("talkgraph:first-frame", { start: armed, end: performance.now() });
    performance.mark("talkgraph:rendered");
  };
  cy.one("render", onRender);
  // The WebGL renderer does not emit "render": two frames on, the first one has been drawn.
  const webgl = (cy as unknown as { renderer(): { webgl?: boolean } | null }).renderer()?.webgl;
  let frame = webgl ? requestAnimationFrame(() => (frame = requestAnimationFrame(onRender))) : 0;
  return () => {
    cancelAnimationFrame(frame);
    cy.off("render", onRender);
  };
}
