// The snapshot worker (started by prefetch.ts): fetches, parses and checks the snapshot off the
// page's thread and posts the checked snapshot back. Between parsing and checking it also posts
// every node label with the font the graph will draw it in, for the page to measure while it
// waits (prefetch.ts warmLabelFonts).
import { fetchSnapshot } from "./fetchSnapshot";
import type { LabelFont, WorkerMessage, WorkerRequest } from "./prefetch";
import { nodeLabels } from "../graph/elements";
import { LABEL_FONT_FAMILY } from "../graph/style";
import { timed } from "../perf";

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
  close(): void;
}

const scope = self as unknown as WorkerScope;

/**
 * Each node label with Cytoscape's own font string for it (its calculateLabelDimensions), from
 * the graph nodes as parsed (label and size as snapshotToModel reads them). Only cache warming
 * depends on it, so anything that does not look like a snapshot just yields fewer labels.
 */
function labelFonts(data: unknown): LabelFont[] {
  const raw = (data as { graph?: { nodes?: unknown } } | null)?.graph?.nodes;
  if (!Array.isArray(raw)) return [];
  const nodes = raw.map((n: { key?: unknown; attributes?: Record<string, unknown> }) => {
    const a = n?.attributes ?? {};
    const id = String(n?.key ?? "");
    const num = (v: unknown, fallback: number) =>
      typeof v === "number" && Number.isFinite(v) ? v : fallback;
    return {
      id,
      label: typeof a.label === "string" ? a.label : id,
      size: num(a.size, 10),
      pagerank: num(a.pagerank, 0),
    };
  });
  return nodeLabels(nodes)
    .filter((l) => l.text)
    .map((l) => [
      `normal ${l.top ? "bold" : "normal"} ${l.fontSize}px ${LABEL_FONT_FAMILY}`,
      l.text,
    ]);
}

async function handle({ url, href }: WorkerRequest): Promise<void> {
  const result = await fetchSnapshot(url, href, (data) => {
    try {
      scope.postMessage({ kind: "labels", labels: timed("labels", () => labelFonts(data)) });
    } catch {
      // Not a snapshot after all: the check that follows reports it.
    }
  });
  // The download, which the page's resource timing does not see when a worker makes it.
  const download = performance.getEntriesByType("resource").find((r) => r.name === href) as
    PerformanceResourceTiming | undefined;
  if (download)
    performance.measure("talkgraph:fetch", {
      start: download.startTime,
      end: download.responseEnd,
    });
  // The text as downloaded, once checked: the page parses it rather than taking the objects by
  // structured clone (about twice as slow), and no second JSON.stringify is needed to send it.
  const json = result.ok ? result.text : "";
  scope.postMessage({
    kind: "result",
    result: result.ok ? { ok: true, json } : result,
    timeOrigin: performance.timeOrigin,
    timings: performance
      .getEntriesByType("measure")
      .filter((m) => m.name.startsWith("talkgraph:"))
      .map((m) => ({
        name: m.name.replace(/^talkgraph:/, ""),
        start: m.startTime,
        end: m.startTime + m.duration,
      })),
  });
}

scope.onmessage = (e) => {
  void handle(e.data).finally(() => scope.close());
};
