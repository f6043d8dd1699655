// Cytoscape internals that cost far more than they do on big graphs, replaced by versions
// that compute the same thing without the overhead. Each one is measured on the explorer
// benchmark's 20k-element graph (software rendering, as headless Chromium has no GPU) and
// keeps Cytoscape's observable behaviour: same styles, same bounds, same pixels.
//
// They rely on cytoscape 3.x internals (`_private.edges`, `_private.styleCache`, the canvas
// renderer's texture caches), so each checks they are there and leaves Cytoscape alone otherwise.
// The live graph's edges are the edge layer's (edgeLayer.ts); Cytoscape holds edges only while
// an image export draws them, which is when the two edge patches below still pay.
import type cytoscape from "cytoscape";

interface ElePrivate {
  styleCache?: unknown;
  edges?: { _private: ElePrivate }[];
}

interface EleInternals {
  _private: ElePrivate;
  isNode(): boolean;
}

interface CollectionProto {
  dirtyStyleCache(
    this: ArrayLike<EleInternals> & { cy(): { hasCompoundNodes(): boolean } },
  ): unknown;
}

let patched = false;

/**
 * `dirtyStyleCache` runs for every style property Cytoscape applies to an element, and for each
 * element builds the collection of its connected edges to clear their caches too: one new
 * collection per property per element, even for an edge (whose "connected edges" are none).
 * That was the single largest cost of styling 15k edges. Without compound nodes it is the
 * element's own cache plus, for a node, those of its edges: cleared here in place.
 */
function patchDirtyStyleCache(cy: cytoscape.Core): void {
  const proto = Object.getPrototypeOf(cy.collection()) as CollectionProto;
  const original = proto.dirtyStyleCache;
  const sample = cy.elements()[0] as unknown as EleInternals | undefined;
  if (typeof original !== "function" || (sample && !Array.isArray(sample._private?.edges))) return;
  proto.dirtyStyleCache = function () {
    if (this.cy().hasCompoundNodes()) return original.call(this);
    for (let i = 0; i < this.length; i++) {
      const p = this[i]!._private;
      p.styleCache = null;
      if (p.edges) for (const edge of p.edges) edge._private.styleCache = null;
    }
    return this;
  };
}

interface CanvasRenderer {
  data?: {
    lblTxrCache?: object;
    slbTxrCache?: object;
    tlbTxrCache?: object;
    lyrTxrCache?: { firstGet?: boolean };
  };
  drawCachedElementPortion?: (
    this: CanvasRenderer,
    context: unknown,
    ele: cytoscape.SingularElementArgument,
    cache: object,
    ...rest: unknown[]
  ) => unknown;
}

/** Cytoscape's parsed style accessor (internal, untyped in @types/cytoscape). */
interface Pstyle {
  pstyle(name: string): { strValue?: string };
}

/**
 * Each frame draws an edge in four portions, body and three labels (main, source, target),
 * and every label portion asks the edge for its bounding box before finding it empty. The
 * explorer's edges have no labels: a portion whose label text is empty draws nothing, so it
 * is skipped before those three bounding-box calls per edge per frame.
 */
function patchEdgeLabelPortions(cy: cytoscape.Core): void {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  const data = renderer?.data;
  const original = renderer?.drawCachedElementPortion;
  if (!renderer || !data || typeof original !== "function") return;
  const labelOf = new Map<object, string>();
  if (data.lblTxrCache) labelOf.set(data.lblTxrCache, "label");
  if (data.slbTxrCache) labelOf.set(data.slbTxrCache, "source-label");
  if (data.tlbTxrCache) labelOf.set(data.tlbTxrCache, "target-label");
  if (labelOf.size !== 3) return;
  renderer.drawCachedElementPortion = function (context, ele, cache, ...rest) {
    const label = labelOf.get(cache);
    if (label && ele.isEdge() && !(ele as unknown as Pstyle).pstyle(label).strValue) return;
    return original.call(this, context, ele, cache, ...rest);
  };
}

/**
 * The layered texture cache (one bitmap of the whole graph, blitted while nothing changes)
 * builds its layer synchronously the first time it is asked, inside the first frame: every
 * element drawn into the layer, then the layer onto the screen. Marked as already asked, it
 * builds the layer lazily over later frames like after any change, and the first frame draws
 * the elements straight onto the screen: the same picture, about 200 ms sooner at 20k.
 */
function drawFirstFrameDirectly(cy: cytoscape.Core): void {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  const layers = renderer?.data?.lyrTxrCache;
  if (layers && layers.firstGet === true) layers.firstGet = false;
}

/**
 * A mouse press activates the node under it (the `:active` state, drawn as a grey overlay) and
 * the release deactivates it: two style changes that each invalidate the cached layers, so a
 * click on a big graph redrew the whole graph twice (about 0.5 s each at 20k elements in
 * software) before the details panel could be painted. The explorer shows what was clicked
 * by selection, not by the press state, so activating is a no-op here: no `:active` element,
 * no overlay, no redraw. Taps, grabs and events are unchanged.
 */
function skipActivation(cy: cytoscape.Core): void {
  const proto = Object.getPrototypeOf(cy.collection()) as { activate?: unknown };
  if (typeof proto.activate !== "function") return;
  proto.activate = function (this: cytoscape.Collection) {
    return this;
  };
}

/** Applies the prototype patches once per page, the renderer's once per instance. */
export function tuneCytoscape(cy: cytoscape.Core): void {
  patchEdgeLabelPortions(cy);
  drawFirstFrameDirectly(cy);
  if (patched) return;
  patched = true;
  patchDirtyStyleCache(cy);
  skipActivation(cy);
}
