// The graph canvas: creates the Cytoscape instance once per snapshot with precomputed (preset)
// positions, forwards taps and viewport changes to the store, and mounts the controllers that
// push store changes back into Cytoscape.
import { useEffect, useRef, useState } from "react";
import type cytoscape from "cytoscape";
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { setCy } from "./cyRef";
import { installFastHitTest } from "./hitTest";
import { createGraph } from "./createGraph";
import { edgeLayerOf } from "./edgeLayer";
import {
  HighlightController,
  PathFitController,
  StyleController,
  markFirstRender,
  ViewportController,
  VisibilityController,
} from "./controllers";

export function GraphView({ model }: { model: GraphModel }) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setLocalCy] = useState<cytoscape.Core | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const { view, theme } = useExplorer.getState();
    const instance = createGraph(container.current, model, view, theme);
    const unmark = markFirstRender(instance);
    const unhit = installFastHitTest(instance);
    const store = useExplorer.getState;
    instance.on("tap", "node", (evt) => {
      const shift = (evt.originalEvent as MouseEvent | undefined)?.shiftKey ?? false;
      store().select(evt.target.id() as string, shift);
    });
    // A tap on no node may be on an edge, which the edge layer draws and finds.
    instance.on("tap", (evt) => {
      if (evt.target !== instance) return;
      const touch = evt.originalEvent ? "touches" in evt.originalEvent : false;
      const at = evt.position as cytoscape.Position | undefined;
      const edge = at ? edgeLayerOf(instance)?.edgeAt(at.x, at.y, touch) : null;
      if (edge) store().selectEdge(edge);
      else store().clearSelection();
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
    (window as unknown as { __talkgraph?: unknown }).__talkgraph = {
      cy: instance,
      edges: edgeLayerOf(instance),
    };
    return () => {
      clearTimeout(timer);
      unmark();
      unhit();
      setCy(null);
      setLocalCy(null);
      edgeLayerOf(instance)?.destroy();
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
        </>
      )}
    </div>
  );
}
