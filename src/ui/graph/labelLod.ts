// Labels by level of detail, decided before Cytoscape sees them. A node label smaller than
// MIN_LABEL_PX on screen is never drawn (min-zoomed-font-size), but Cytoscape still measures it
// and places it for every node, every restyle: on a 20k-element overview that is most labels,
// and a large part of the first render. So a node's label is only set (class `lbl`) while the
// zoom makes it big enough to draw: zooming in reveals more, biggest fonts first, and zooming
// out (or a re-fit after the graph area changed size) takes them back. What is drawn is the
// same; what is not drawn is no longer measured.
import type cytoscape from "cytoscape";

/** On-screen font size (px) below which a label is not drawn: the stylesheet's min-zoomed-font-size. */
export const MIN_LABEL_PX = 9;

/** The class that gives a node its label (style.ts). */
export const LABEL_CLASS = "lbl";

interface LodState {
  /** Nodes by label font size, biggest first. */
  nodes: cytoscape.NodeSingular[];
  fontSizes: number[];
  /** How many of `nodes` have their label. */
  revealed: number;
}

const states = new WeakMap<cytoscape.Core, LodState>();

/**
 * Gives their label to exactly the nodes readable at `zoom` (font size × zoom ≥ MIN_LABEL_PX),
 * in one batch: those that became readable gain it, those that no longer are lose it. Cheap
 * when nothing crosses the threshold: one comparison. Returns how many nodes changed.
 */
export function revealLabels(cy: cytoscape.Core, zoom = cy.zoom()): number {
  const state = states.get(cy);
  if (!state) return 0;
  const min = MIN_LABEL_PX / zoom;
  const from = state.revealed;
  let to = from;
  while (to < state.nodes.length && state.fontSizes[to]! >= min) to++;
  while (to > 0 && state.fontSizes[to - 1]! < min) to--;
  if (to === from) return 0;
  cy.batch(() => {
    for (let i = from; i < to; i++) state.nodes[i]!.addClass(LABEL_CLASS);
    for (let i = to; i < from; i++) state.nodes[i]!.removeClass(LABEL_CLASS);
  });
  state.revealed = to;
  return Math.abs(to - from);
}

/**
 * Sets up label LOD on a new instance: labels for what the current zoom can show, more as the
 * user zooms in (the listener goes with the instance).
 */
export function installLabelLod(cy: cytoscape.Core): void {
  const nodes = cy.nodes().toArray() as cytoscape.NodeSingular[];
  const fontSize = (n: cytoscape.NodeSingular) => Number(n.data("fontSize")) || 0;
  nodes.sort((a, b) => fontSize(b) - fontSize(a));
  states.set(cy, { nodes, fontSizes: nodes.map(fontSize), revealed: 0 });
  revealLabels(cy);
  cy.on("zoom", () => void revealLabels(cy));
}
