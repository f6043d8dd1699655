// The snapshot worker (started by prefetch.ts): fetches, parses and checks the snapshot off the
// page's thread. Once the JSON parses it posts the text as downloaded, so the page can parse it
// and build its model while the worker checks it (the page uses neither until the check
// passes), and every node label with the font the graph will draw it in, for the page to
// measure (prefetch.ts warmLabelFonts); then the check's verdict.
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
  const result = await fetchSnapshot(url, href, (data, text) => {
    // The page parses the text rather than taking the objects by structured clone (about twice
    // as slow), while this thread checks them.
    scope.postMessage({ kind: "parsed", json: text });
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
  scope.postMessage({
    kind: "result",
    result: result.ok ? { ok: true } : result,
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
