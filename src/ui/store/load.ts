// Fetches and checks a snapshot. Network failures name the url and HTTP status; contract
// failures carry restoreSnapshot's message (the field paths that are wrong).
import { restoreSnapshot } from "../../core/snapshot";
import { snapshotToModel } from "./model";
import type { LoadState } from "./store";

export async function loadSnapshot(url: string): Promise<LoadState> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (err) {
    return {
      status: "error",
      url,
      reason: "network",
      message: `${url}: ${(err as Error).message}`,
    };
  }
  if (!response.ok) {
    return {
      status: "error",
      url,
      reason: "network",
      message: `${url}: HTTP ${response.status} ${response.statusText}`.trim(),
    };
  }
  // Single-page hosts answer a missing file with index.html and status 200.
  if ((response.headers.get("content-type") ?? "").includes("text/html")) {
    return {
      status: "error",
      url,
      reason: "network",
      message: `${url}: HTTP ${response.status} returned an HTML page, not a snapshot (is the file missing?)`,
    };
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch (err) {
    return {
      status: "error",
      url,
      reason: "snapshot",
      message: `talkgraph snapshot: ${url} is not JSON (${(err as Error).message})`,
    };
  }
  try {
    return { status: "ready", url, model: snapshotToModel(restoreSnapshot(data)) };
  } catch (err) {
    return { status: "error", url, reason: "snapshot", message: (err as Error).message };
  }
}
