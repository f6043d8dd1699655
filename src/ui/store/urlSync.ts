// Keeps the URL and the ViewState in step. Selection, focus and path changes push a history
// entry (so browser back steps back); filters, colouring and viewport replace the current one.
// `?graph=URL` is not part of the view and is carried through untouched.
import { queryToViewState, viewStateToQuery } from "../../core/view";
import type { ViewState } from "../../core/view";
import { useExplorer } from "./store";
import { graphUrlFromLocation } from "./graphUrl";

export { graphUrlFromLocation };

export function viewToHref(view: ViewState, graphUrl: string): string {
  const query = viewStateToQuery(view);
  const graph = graphUrl !== "graph.json" ? `graph=${encodeURIComponent(graphUrl)}` : "";
  const search = [graph, query].filter(Boolean).join("&");
  return `${location.pathname}${search ? `?${search}` : ""}${location.hash}`;
}

function navigationChanged(a: ViewState, b: ViewState): boolean {
  return (
    a.selected.join() !== b.selected.join() ||
    a.edge !== b.edge ||
    a.focus !== b.focus ||
    a.depth !== b.depth ||
    a.expanded.join() !== b.expanded.join() ||
    a.path?.join() !== b.path?.join()
  );
}

/** Reads the initial view from the URL and starts syncing; returns a stop function. */
export function startUrlSync(): () => void {
  const store = useExplorer;
  const initial = queryToViewState(location.search);
  const graphUrl = graphUrlFromLocation(location.search);
  store.setState({ graphUrl, load: { status: "loading", url: graphUrl } });
  store.getState().replaceView(initial.state);
  if (initial.problems.length > 0) store.getState().setNotice(initial.problems.join("; "));

  let fromHistory = false;
  let replaceTimer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.view === prev.view || fromHistory) return;
    const href = viewToHref(state.view, state.graphUrl);
    if (navigationChanged(state.view, prev.view)) {
      clearTimeout(replaceTimer);
      history.pushState(null, "", href);
    } else {
      // Viewport changes arrive continuously while panning; write the last one only.
      clearTimeout(replaceTimer);
      replaceTimer = setTimeout(
        () =>
          history.replaceState(
            null,
            "",
            viewToHref(store.getState().view, store.getState().graphUrl),
          ),
        200,
      );
    }
  });
  const onPop = () => {
    fromHistory = true;
    try {
      store.getState().replaceView(queryToViewState(location.search).state);
    } finally {
      fromHistory = false;
    }
  };
  window.addEventListener("popstate", onPop);
  return () => {
    unsubscribe();
    clearTimeout(replaceTimer);
    window.removeEventListener("popstate", onPop);
  };
}
