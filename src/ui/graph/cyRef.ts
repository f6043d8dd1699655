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
