// Saved view files: `{ "talkgraphView": 1, "graph": "<snapshot url>", ...ViewState }`.
// Restoring goes through the same validation as a URL query, so a file and a link that
// describe the same view restore the same state.
import { queryToViewState, viewStateToQuery } from "./query";
import type { ViewState } from "./viewState";

export const VIEW_FILE_VERSION = 1;

export interface ViewFile extends ViewState {
  talkgraphView: typeof VIEW_FILE_VERSION;
  /** The snapshot the view was saved on (as given in `?graph=`, or "graph.json"). */
  graph: string;
}

export class ViewFileError extends Error {
  override name = "ViewFileError";
}

export function viewStateToViewFile(state: ViewState, graph: string): ViewFile {
  return { talkgraphView: VIEW_FILE_VERSION, graph, ...state };
}

/** Checks a parsed view file and returns its snapshot url and view, or throws ViewFileError. */
export function viewFileToViewState(
  data: unknown,
  fileName = "view file",
): { graph: string; state: ViewState; problems: string[] } {
  const fail = (why: string) => {
    throw new ViewFileError(`talkgraph view file ${fileName}: ${why}`);
  };
  if (data === null || typeof data !== "object" || Array.isArray(data))
    fail("expected a JSON object");
  const file = data as Record<string, unknown>;
  if (file.talkgraphView !== VIEW_FILE_VERSION) {
    fail(
      `expected "talkgraphView": ${VIEW_FILE_VERSION}, got ${JSON.stringify(file.talkgraphView)}`,
    );
  }
  if (typeof file.graph !== "string" || file.graph.length === 0)
    fail(`"graph" must be a snapshot url`);
  // Re-use the query validator: the file's fields are the same values a link carries.
  const state = { ...(file as unknown as ViewState) };
  const problems: string[] = [];
  const shapeOk =
    Array.isArray(state.selected) &&
    state.selected.every((s) => typeof s === "string") &&
    (!state.expanded || Array.isArray(state.expanded)) &&
    (!state.hidden || Array.isArray(state.hidden));
  if (!shapeOk) fail(`"selected", "expanded" and "hidden" must be lists of strings`);
  const parsed = queryToViewState(viewStateToQuery(fillMissing(state)));
  problems.push(...parsed.problems);
  return { graph: file.graph as string, state: parsed.state, problems };
}

function fillMissing(state: Partial<ViewState>): ViewState {
  return {
    selected: state.selected ?? [],
    edge: typeof state.edge === "string" ? state.edge : null,
    focus: typeof state.focus === "string" ? state.focus : null,
    depth: state.depth === 2 ? 2 : 1,
    expanded: state.expanded ?? [],
    path: Array.isArray(state.path) && state.path.length === 2 ? state.path : null,
    colorBy: state.colorBy ?? "type",
    hidden: state.hidden ?? [],
    minDegree: typeof state.minDegree === "number" ? state.minDegree : 0,
    viewport: state.viewport && typeof state.viewport === "object" ? state.viewport : null,
  };
}
