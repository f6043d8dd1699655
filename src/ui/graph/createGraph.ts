// Creates the Cytoscape instance for a model, ready to draw: nodes styled, the edge layer
// beneath them, viewport fitted or restored. Everything the first frame shows is set before
// Cytoscape draws it: each extra full frame (default style, unfitted view) costs seconds on a
// big graph in software rendering. Cytoscape holds the nodes only; edges are the edge layer's
// (edgeLayer.ts).
import cytoscape from "cytoscape";
import type { ViewState } from "../../core/view";
import type { GraphModel } from "../store/model";
import type { Theme } from "../store/store";
import { visibleNodeIds } from "../store/selectors";
import { modelToElements } from "./elements";
import { timed } from "../perf";
import { hasHardwareWebgl } from "./webgl";
import { buildStylesheet } from "./style";
import { tuneCytoscape } from "./tuning";
import { installLabelLod } from "./labelLod";
import { installEdgeLayer } from "./edgeLayer";
import { appliedStyle, applyViewport, styleInput, styleKey } from "./controllers";

/** Above this many nodes the WebGL renderer (Cytoscape >= 3.31) draws them, given a GPU. */
export const WEBGL_THRESHOLD = 3000;

export function createGraph(
  container: HTMLElement,
  model: GraphModel,
  view: ViewState,
  theme: Theme,
): cytoscape.Core {
  const visible = visibleNodeIds(model, view);
  const nodes = timed("elements", () => modelToElements(model, visible));
  const webgl = nodes.length > WEBGL_THRESHOLD && hasHardwareWebgl();
  const cy = timed("cy-init", () =>
    cytoscape({
      container,
      elements: nodes,
      // Styled from the start: a default-styled first frame and a restyle would each cost
      // as much as the styled frame itself on a big graph.
      style: buildStylesheet(styleInput(model, view.colorBy, theme)),
      // Positions come with the elements; applyViewport below fits (or restores) the view.
      layout: { name: "preset", fit: false },
      minZoom: 0.05,
      maxZoom: 6,
      boxSelectionEnabled: false,
      selectionType: "single",
      // Many nodes: a texture while panning (cytoscape performance.md).
      textureOnViewport: nodes.length > 2000,
      // The WebGL option is newer than @types/cytoscape, hence the cast.
      ...({ renderer: { name: "canvas", webgl } } as object),
    }),
  );
  tuneCytoscape(cy);
  appliedStyle.set(cy, styleKey(view.colorBy, theme));
  timed("node-style", () => cy.nodes().boundingBox());
  timed("edge-layer", () => installEdgeLayer(cy, model, theme, visible));
  applyViewport(cy, view.viewport, visible);
  // Labels for what this zoom can show, before the first frame measures them.
  timed("labels", () => installLabelLod(cy));
  cy.autounselectify(true);
  return cy;
}
