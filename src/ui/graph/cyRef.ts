// The one live Cytoscape instance, for code outside the graph view that needs it (export menu,
// tests through window.__talkgraph). Set by GraphView on mount, cleared on unmount.
import type cytoscape from "cytoscape";

let current: cytoscape.Core | null = null;

export function setCy(cy: cytoscape.Core | null): void {
  current = cy;
}

export function getCy(): cytoscape.Core | null {
  return current;
}

/** Highest zoom revealNeighbourhood goes to: a small neighbourhood stays at natural size. */
const MAX_REVEAL_ZOOM = 1;

/**
 * Brings a node and its neighbours into view, zoomed so they fill the graph area (at most
 * MAX_REVEAL_ZOOM): on a big graph, centring alone leaves a chosen talk a dot in the crowd.
 */
export function revealNeighbourhood(cy: cytoscape.Core, node: cytoscape.NodeSingular): void {
  const eles = node.closedNeighborhood().filter((e) => e.visible());
  const box = eles.boundingBox();
  const padding = 80;
  const zoom = Math.min(
    MAX_REVEAL_ZOOM,
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
