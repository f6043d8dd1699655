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
  const base = useMemo(
    () =>
      visibleNodeIds(model, {
        focus,
        depth,
        expanded,
        hidden,
        minDegree,
        selected: [],
        edge: null,
        path: null,
        colorBy: "type",
        viewport: null,
      }),
    [model, focus, depth, expanded, hidden, minDegree],
  );
  // Selected nodes stay visible whatever the filters say. Only those the filters would hide
  // change the set: a click on a visible node keeps the same Set, so nothing that depends on
  // visibility (every node's classes, the fit) runs again on selection.
  const extra = selected.filter((id) => model.nodeById.has(id) && !base.has(id)).join("\u0000");
  return useMemo(() => {
    if (!extra) return base;
    const out = new Set(base);
    for (const id of extra.split("\u0000")) out.add(id);
    return out;
  }, [base, extra]);
}

export function usePath(model: GraphModel): string[] | null {
  const path = useExplorer((s) => s.view.path);
  return useMemo(() => (path ? entityPath(model, path[0], path[1]) : null), [model, path]);
}
