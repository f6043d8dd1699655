// The snapshot request, started by the entry script before the explorer's code (about a
// megabyte) has loaded. A worker fetches, parses and checks it (fetchSnapshot.ts), so that work
// overlaps loading the code and leaves the page's thread free; the page then only takes in the
// checked snapshot. loadSnapshot takes the result from here when the url matches, else fetches
// as before. Without workers, or if the worker cannot start, the page does it all itself.
//
// While the worker checks the snapshot, the page parses the same text and builds its model,
// used only once the check passes.
import type { FetchFailure, FetchResult } from "./fetchSnapshot";
import type { Snapshot } from "../../core/snapshot";
import { snapshotToModel } from "./model";
import type { GraphModel } from "./model";
import { timed } from "../perf";

export interface WorkerRequest {
  /** As the user gave it, for messages. */
  url: string;
  /** Resolved against the page (a worker resolves relative urls against its own script). */
  href: string;
}

export interface WorkerTiming {
  name: string;
  start: number;
  end: number;
}

/**
 * What the worker posts: when the JSON parses, its text as downloaded (the page parses JSON
 * about twice as fast as it takes in the same objects by structured clone); then the check's
 * verdict, with the worker's stage timings against its own time origin.
 */
export type WorkerMessage =
  | { kind: "parsed"; json: string }
  | {
      kind: "result";
      result: { ok: true } | FetchFailure;
      timeOrigin: number;
      timings: WorkerTiming[];
    };

/** The page's own parse of the worker's text, and the model built from it, or what failed. */
type Speculative = { snapshot: Snapshot; model: GraphModel } | { error: Error };

let pending: { url: string; result: Promise<FetchResult> } | null = null;

const onPage = (url: string): Promise<FetchResult> =>
  import("./fetchSnapshot").then((m) => m.fetchSnapshot(url));

/** Parses the text and builds the model while the worker checks the same text. */
function build(json: string): Speculative {
  try {
    const snapshot = timed("receive", () => JSON.parse(json) as Snapshot);
    return { snapshot, model: timed("model", () => snapshotToModel(snapshot)) };
  } catch (err) {
    return { error: err as Error };
  }
}

function receive(
  { result, timeOrigin, timings }: Extract<WorkerMessage, { kind: "result" }>,
  built: Speculative | null,
): FetchResult {
  // The worker's stages on this page's timeline (talkgraph:worker-…), for the benchmark.
  const shift = timeOrigin - performance.timeOrigin;
  for (const t of timings)
    performance.measure(`talkgraph:worker-${t.name}`, {
      start: t.start + shift,
      end: t.end + shift,
    });
  if (!result.ok) return result;
  // The text the worker checked: its fields are what restoreSnapshot returned there (the schema
  // has no defaults or transforms; keys it does not know are carried, and nothing reads them).
  if (!built) return { ok: false, reason: "snapshot", message: "talkgraph snapshot: no data" };
  if ("error" in built) return { ok: false, reason: "snapshot", message: built.error.message };
  return { ok: true, snapshot: built.snapshot, model: built.model };
}

function viaWorker(url: string): Promise<FetchResult> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: FetchResult | Promise<FetchResult>) => {
      if (!settled) resolve(result);
      settled = true;
    };
    let worker: Worker;
    try {
      worker = new Worker(new URL("./snapshot.worker.ts", import.meta.url), { type: "module" });
    } catch {
      settle(onPage(url));
      return;
    }
    let built: Speculative | null = null;
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      if (e.data.kind === "parsed") built = build(e.data.json);
      else settle(receive(e.data, built));
    };
    // A worker that cannot load, or dies before answering, leaves the job to the page.
    worker.onerror = () => settle(onPage(url));
    const request: WorkerRequest = { url, href: new URL(url, location.href).href };
    worker.postMessage(request);
  });
}

export function prefetchSnapshot(url: string): void {
  // From navigation to the entry script: what the page spends before the snapshot is asked for.
  performance.measure("talkgraph:entry", { start: 0, end: performance.now() });
  pending = { url, result: typeof Worker === "function" ? viaWorker(url) : onPage(url) };
}

/** The prefetched result for `url`, once; null if none was started for it. */
export function takePrefetched(url: string): Promise<FetchResult> | null {
  if (!pending || pending.url !== url) return null;
  const { result } = pending;
  pending = null;
  return result;
}
