// The search index, off the first render's path. Its module (with pinyin-pro's dictionary, a
// third of the explorer's code) is a separate chunk, and the index is built when the browser
// is next idle after the graph is drawn, or at once when someone types a query before that.
import { useEffect, useState } from "react";
import type { SearchHit } from "../../core/search";
import type * as SearchModule from "../../core/search";
import type { GraphModel } from "./model";
import { timed } from "../perf";

export type Search = (query: string, limit: number) => SearchHit[];

let module: Promise<typeof SearchModule> | null = null;

function searchModule(): Promise<typeof SearchModule> {
  module ??= import("../../core/search");
  return module;
}

const building = new WeakMap<GraphModel, Promise<Search>>();
const built = new WeakMap<GraphModel, Search>();

function loadSearch(model: GraphModel): Promise<Search> {
  let search = building.get(model);
  if (!search) {
    search = searchModule().then(({ buildSearchIndex, searchIndex }) => {
      const index = timed("search-index", () => buildSearchIndex(model.snapshot));
      const fn: Search = (query, limit) => searchIndex(index, query, limit);
      built.set(model, fn);
      return fn;
    });
    building.set(model, search);
  }
  return search;
}

/** Runs `fn` when the browser is idle (or soon, without requestIdleCallback); returns a canceller. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 200);
  return () => clearTimeout(id);
}

/**
 * The model's search function, or null while it is being built. `now` (a query is waiting)
 * builds it without waiting for an idle moment.
 */
export function useSearch(model: GraphModel, now: boolean): Search | null {
  const [, setReady] = useState(0);
  const search = built.get(model) ?? null;
  useEffect(() => {
    if (search) return;
    let live = true;
    const start = () =>
      void loadSearch(model).then(() => {
        if (live) setReady((n) => n + 1);
      });
    const cancel = now ? (start(), () => {}) : whenIdle(start);
    return () => {
      live = false;
      cancel();
    };
  }, [model, search, now]);
  return search;
}
