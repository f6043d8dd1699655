// The explorer's one zustand store: what is loaded, the ViewState (mirrored in the URL) and
// UI preferences. Actions are small state producers; derived views (visible nodes, shared
// entities, paths) are computed by selectors in selectors.ts, never stored.
import { create } from "zustand";
import { DEFAULT_VIEW_STATE } from "../../core/view";
import type { ColorMode, LegendKey, ViewState, Viewport } from "../../core/view";
import type { GraphModel } from "./model";

export type Lang = "zh" | "en";
export type Theme = "light" | "dark";

export type LoadState =
  | { status: "loading"; url: string }
  | { status: "error"; url: string; reason: "network" | "snapshot"; message: string }
  | { status: "ready"; url: string; model: GraphModel };

export interface ExplorerState {
  /** Snapshot url: "graph.json" next to index.html, or `?graph=`. */
  graphUrl: string;
  load: LoadState;
  view: ViewState;
  /** Path endpoints being picked; `view.path` is set once both are chosen. */
  pathFrom: string | null;
  pathTo: string | null;
  lang: Lang;
  theme: Theme;
  /** A message for the user (view file problems, copied link), cleared by the next one. */
  notice: string | null;

  setLoad(load: LoadState): void;
  setView(patch: Partial<ViewState>): void;
  replaceView(view: ViewState): void;
  /** Selects a node; `additive` (shift-click, checkbox) toggles it in a multi-selection. */
  select(id: string, additive?: boolean): void;
  selectMany(ids: string[]): void;
  selectEdge(id: string): void;
  clearSelection(): void;
  setFocus(id: string | null): void;
  setDepth(depth: 1 | 2): void;
  expand(id: string): void;
  setPathEnd(end: "from" | "to", id: string | null): void;
  clearPath(): void;
  toggleHidden(key: LegendKey): void;
  setColorBy(mode: ColorMode): void;
  setMinDegree(n: number): void;
  setViewport(viewport: Viewport | null): void;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setNotice(notice: string | null): void;
}

function readPref<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const v = globalThis.localStorage?.getItem(key);
    return (allowed as readonly string[]).includes(v ?? "") ? (v as T) : fallback;
  } catch {
    return fallback;
  }
}

function writePref(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Private mode or disabled storage: the preference just does not persist.
  }
}

function prefersDark(): boolean {
  return globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

export const useExplorer = create<ExplorerState>()((set, get) => ({
  graphUrl: "graph.json",
  load: { status: "loading", url: "graph.json" },
  view: DEFAULT_VIEW_STATE,
  pathFrom: null,
  pathTo: null,
  lang: readPref("talkgraph:lang", ["zh", "en"] as const, "zh"),
  theme: readPref("talkgraph:theme", ["light", "dark"] as const, prefersDark() ? "dark" : "light"),
  notice: null,

  setLoad: (load) => set({ load }),
  setView: (patch) => set({ view: { ...get().view, ...patch } }),
  replaceView: (view) =>
    set({ view, pathFrom: view.path?.[0] ?? null, pathTo: view.path?.[1] ?? null }),
  select: (id, additive = false) => {
    const { selected } = get().view;
    const next = additive
      ? selected.includes(id)
        ? selected.filter((s) => s !== id)
        : [...selected, id]
      : [id];
    set({ view: { ...get().view, selected: next, edge: null } });
  },
  selectMany: (ids) => set({ view: { ...get().view, selected: [...new Set(ids)], edge: null } }),
  selectEdge: (id) => set({ view: { ...get().view, selected: [], edge: id } }),
  clearSelection: () => set({ view: { ...get().view, selected: [], edge: null } }),
  setFocus: (id) => set({ view: { ...get().view, focus: id, expanded: [], viewport: null } }),
  setDepth: (depth) => set({ view: { ...get().view, depth, viewport: null } }),
  expand: (id) => {
    const view = get().view;
    if (!view.focus) {
      set({ view: { ...view, focus: id, expanded: [], viewport: null } });
      return;
    }
    if (view.expanded.includes(id) || view.focus === id) return;
    set({ view: { ...view, expanded: [...view.expanded, id], viewport: null } });
  },
  setPathEnd: (end, id) => {
    const s = get();
    const from = end === "from" ? id : s.pathFrom;
    const to = end === "to" ? id : s.pathTo;
    const path: [string, string] | null = from && to && from !== to ? [from, to] : null;
    set({ pathFrom: from, pathTo: to, view: { ...s.view, path } });
  },
  clearPath: () => set({ pathFrom: null, pathTo: null, view: { ...get().view, path: null } }),
  toggleHidden: (key) => {
    const { hidden } = get().view;
    const next = hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key].sort();
    set({ view: { ...get().view, hidden: next } });
  },
  setColorBy: (colorBy) => set({ view: { ...get().view, colorBy } }),
  setMinDegree: (minDegree) => set({ view: { ...get().view, minDegree } }),
  setViewport: (viewport) => set({ view: { ...get().view, viewport } }),
  setLang: (lang) => {
    writePref("talkgraph:lang", lang);
    set({ lang });
  },
  setTheme: (theme) => {
    writePref("talkgraph:theme", theme);
    set({ theme });
  },
  setNotice: (notice) => set({ notice }),
}));

/** The loaded model, or null while loading or on error. */
export function useModel(): GraphModel | null {
  return useExplorer((s) => (s.load.status === "ready" ? s.load.model : null));
}
