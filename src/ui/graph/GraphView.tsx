// The graph canvas: creates the Cytoscape instance once per snapshot with precomputed (preset)
// positions, forwards taps and viewport changes to the store, and mounts the controllers that
// push store changes back into Cytoscape.
import { useEffect, useRef, useState } from "react";
import cytoscape from "cytoscape";
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { modelToElements } from "./elements";
import { setCy } from "./cyRef";
import { hasHardwareWebgl } from "./webgl";
import {
  HighlightController,
  PathFitController,
  RenderedMarkController,
  StyleController,
  ViewportController,
  VisibilityController,
} from "./controllers";

/** Above this many elements the WebGL renderer (Cytoscape >= 3.31) draws the graph, given a GPU. */
export const WEBGL_THRESHOLD = 3000;

export function GraphView({ model }: { model: GraphModel }) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setLocalCy] = useState<cytoscape.Core | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const elements = modelToElements(model);
    const webgl = elements.length > WEBGL_THRESHOLD && hasHardwareWebgl();
    const instance = cytoscape({
      container: container.current,
      elements,
      layout: { name: "preset" },
      minZoom: 0.05,
      maxZoom: 6,
      boxSelectionEnabled: false,
      selectionType: "single",
      // Large graphs: skip edges and use a texture while panning (cytoscape performance.md).
      hideEdgesOnViewport: elements.length > 2000,
      textureOnViewport: elements.length > 5000,
      // The WebGL option is newer than @types/cytoscape, hence the cast.
      ...({ renderer: { name: "canvas", webgl } } as object),
    });
    instance.autounselectify(true);
    const store = useExplorer.getState;
    instance.on("tap", "node", (evt) => {
      const shift = (evt.originalEvent as MouseEvent | undefined)?.shiftKey ?? false;
      store().select(evt.target.id() as string, shift);
    });
    instance.on("tap", "edge", (evt) => store().selectEdge(evt.target.id() as string));
    instance.on("tap", (evt) => {
      if (evt.target === instance) store().clearSelection();
    });
    instance.on("dbltap", "node", (evt) => store().setFocus(evt.target.id() as string));
    let timer: ReturnType<typeof setTimeout> | undefined;
    instance.on("viewport", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const pan = instance.pan();
        store().setViewport({ x: pan.x, y: pan.y, zoom: instance.zoom() });
      }, 250);
    });
    setCy(instance);
    setLocalCy(instance);
    (window as unknown as { __talkgraph?: unknown }).__talkgraph = { cy: instance };
    return () => {
      clearTimeout(timer);
      setCy(null);
      setLocalCy(null);
      instance.destroy();
    };
  }, [model]);

  return (
    <div className="graph-wrap">
      <div ref={container} className="graph" data-testid="graph" />
      {cy && (
        <>
          <StyleController cy={cy} model={model} />
          <VisibilityController cy={cy} model={model} />
          <HighlightController cy={cy} model={model} />
          <ViewportController cy={cy} model={model} />
          <PathFitController cy={cy} model={model} />
          <RenderedMarkController cy={cy} />
        </>
      )}
    </div>
  );
}
