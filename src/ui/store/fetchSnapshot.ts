// Fetches, parses and checks a snapshot: the part of loading that needs no DOM, so it runs in
// the snapshot worker (snapshot.worker.ts) as well as on the page. Network failures name the
// url and HTTP status; contract failures carry restoreSnapshot's message (the field paths that
// are wrong).
import { restoreSnapshot } from "../../core/snapshot";
import type { Snapshot } from "../../core/snapshot";
import type { GraphModel } from "./model";
import { timed } from "../perf";

export type FetchFailure = { ok: false; reason: "network" | "snapshot"; message: string };
/** A checked snapshot, and its model when it was built while the snapshot was being checked. */
export type FetchResult = { ok: true; snapshot: Snapshot; model?: GraphModel } | FetchFailure;

/**
 * `url` as the user gave it (and as messages name it); `href` what to fetch, if different.
 * `onParsed` gets the text once it parses as JSON, before it is checked (for work that may
 * start early and can cope with data that turns out not to be a snapshot).
 */
export async function fetchSnapshot(
  url: string,
  href = url,
  onParsed?: (text: string) => void,
): Promise<FetchResult> {
  let response: Response;
  try {
    response = await fetch(href);
  } catch (err) {
    return { ok: false, reason: "network", message: `${url}: ${(err as Error).message}` };
  }
  if (!response.ok) {
    return {
      ok: false,
      reason: "network",
      message: `${url}: HTTP ${response.status} ${response.statusText}`.trim(),
    };
  }
  // Single-page hosts answer a missing file with index.html and status 200.
  if ((response.headers.get("content-type") ?? "").includes("text/html")) {
    return {
      ok: false,
      reason: "network",
      message: `${url}: HTTP ${response.status} returned an HTML page, not a snapshot (is the file missing?)`,
    };
  }
  let data: unknown;
  let text: string;
  try {
    text = await response.text();
    data = timed("json-parse", () => JSON.parse(text) as unknown);
  } catch (err) {
    return {
      ok: false,
      reason: "snapshot",
      message: `talkgraph snapshot: ${url} is not JSON (${(err as Error).message})`,
    };
  }
  onParsed?.(text);
  try {
    return { ok: true, snapshot: timed("validate", () => restoreSnapshot(data)) };
  } catch (err) {
    return { ok: false, reason: "snapshot", message: (err as Error).message };
  }
}
