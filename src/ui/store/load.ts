// Loads a snapshot into the explorer's model: from the request the entry script started
// (prefetch.ts, in a worker) when the url matches, else fetched and checked here.
import { snapshotToModel } from "./model";
import type { LoadState } from "./store";
import { timed } from "../perf";
import { takePrefetched } from "./prefetch";

export async function loadSnapshot(url: string): Promise<LoadState> {
  // The checking code (zod) is loaded only when the worker did not already do the work.
  const result = await (takePrefetched(url) ??
    import("./fetchSnapshot").then((m) => m.fetchSnapshot(url)));
  if (!result.ok) return { status: "error", url, reason: result.reason, message: result.message };
  try {
    const model = result.model ?? timed("model", () => snapshotToModel(result.snapshot));
    return { status: "ready", url, model };
  } catch (err) {
    return { status: "error", url, reason: "snapshot", message: (err as Error).message };
  }
}
