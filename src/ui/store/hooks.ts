// React bindings for the derived views: each hook subscribes to just the ViewState fields it
// needs (so panning does not re-render panels) and memoises the selector over them.
import { useMemo } from "react";
import { useExplorer } from "./store";
import type { GraphModel } from "./model";
import { entityPath, visibleNodeIds } from "./selectors";

export function useVisibleIds(model: GraphModel): Set<string> {
  const focus = useExplorer((s) => s.view.focus);
  const depth = useExplorer((s) => s.view.depth);
  const expanded = useExplorer((s) => s.view.expanded);
  const hidden = useExplorer((s) => s.view.hidden);
  const minDegree = useExplorer((s) => s.view.minDegree);
  const selected = useExplorer((s) => s.view.selected);
  return useMemo(
    () =>
      visibleNodeIds(model, {
        focus,
        depth,
        expanded,
        hidden,
        minDegree,
        selected,
        edge: null,
        path: null,
        colorBy: "type",
        viewport: null,
      }),
    [model, focus, depth, expanded, hidden, minDegree, selected],
  );
}

export function usePath(model: GraphModel): string[] | null {
  const path = useExplorer((s) => s.view.path);
  return useMemo(() => (path ? entityPath(model, path[0], path[1]) : null), [model, path]);
}
