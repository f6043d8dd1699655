// Faster pointer hit testing for big graphs. Cytoscape's canvas renderer finds the element
// under the pointer by checking every element, labels included, on each mousemove, mousedown
// and mouseup: about 150 ms per event on 20k elements in software rendering, so a real click
// spent most of its time there before the details panel could update. Here only the nodes
// that can possibly be under the pointer are handed to Cytoscape's own check, in the same
// z-order, so what is hit (and hence every event) stays exactly Cytoscape's answer. Cytoscape
// holds no edges (the edge layer draws them and finds the one under a tap itself).
import type cytoscape from "cytoscape";
import { MAX_NODE_REACH } from "./style";

/** The renderer's internals this module relies on (cytoscape 3.x canvas renderer). */
interface ZSorted extends Array<cytoscape.SingularElementArgument> {
  interactive: cytoscape.SingularElementArgument[];
}

interface Renderer {
  findNearestElements(
    x: number,
    y: number,
    interactiveElementsOnly: boolean,
    isTouch: boolean,
  ): cytoscape.SingularElementArgument[];
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted;
}

/** Cytoscape's own tolerances (model px at zoom 1): mouse, then touch. */
const NODE_THRESHOLD = [2, 8] as const;
const LABEL_THRESHOLD = [2, 8] as const;

interface Index {
  nodes: cytoscape.NodeSingular[];
  /** x, y per node. */
  nodePos: Float64Array;
}

function buildIndex(cy: cytoscape.Core): Index {
  const nodes = cy.nodes().toArray();
  const nodePos = new Float64Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    const p = n.position();
    nodePos[2 * i] = p.x;
    nodePos[2 * i + 1] = p.y;
  });
  return { nodes, nodePos };
}

/**
 * Nodes that may be hit at (x, y): those whose centre is within the biggest node's reach.
 * Labels are not event targets in this stylesheet (text-events is never set).
 */
function candidates(index: Index, x: number, y: number, zoom: number, touch: boolean) {
  const t = touch ? 1 : 0;
  const out = new Set<cytoscape.SingularElementArgument>();
  const nodeReach = MAX_NODE_REACH + Math.max(NODE_THRESHOLD[t], LABEL_THRESHOLD[t]) / zoom;
  const { nodePos } = index;
  for (let i = 0; i < index.nodes.length; i++) {
    if (
      Math.abs(nodePos[2 * i]! - x) <= nodeReach &&
      Math.abs(nodePos[2 * i + 1]! - y) <= nodeReach
    )
      out.add(index.nodes[i]!);
  }
  return out;
}

/** Installs the prefilter on the instance's renderer; returns the uninstall function. */
export function installFastHitTest(cy: cytoscape.Core): () => void {
  const renderer = (cy as unknown as { renderer(): Renderer | undefined }).renderer();
  // The WebGL renderer replaces the method on the instance with GPU picking: leave that alone.
  if (!renderer || Object.prototype.hasOwnProperty.call(renderer, "findNearestElements"))
    return () => {};
  let index: Index | null = null;
  const dirty = () => (index = null);
  // Positions (drag, layout) and the element set are all the index depends on.
  cy.on("add remove position", dirty);
  const original = renderer.findNearestElements;
  const getZSorted = renderer.getCachedZSortedEles;
  renderer.findNearestElements = function (x, y, interactiveElementsOnly, isTouch) {
    index ??= buildIndex(cy);
    const near = candidates(index, x, y, cy.zoom(), isTouch);
    const all = getZSorted.call(this);
    const some = all.filter((e) => near.has(e)) as ZSorted;
    some.interactive = all.interactive.filter((e) => near.has(e));
    this.getCachedZSortedEles = () => some;
    try {
      return original.call(this, x, y, interactiveElementsOnly, isTouch);
    } finally {
      this.getCachedZSortedEles = getZSorted;
    }
  };
  return () => {
    cy.off("add remove position", dirty);
    delete (renderer as Partial<Renderer>).findNearestElements;
  };
}
