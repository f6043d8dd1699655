// The snapshot worker (started by prefetch.ts): fetches, parses and checks the snapshot off the
// page's thread. Once the JSON parses it posts the text as downloaded, so the page can parse it
// and build its model while the worker checks it (the page uses neither until the check
// passes); then the check's verdict.
import { fetchSnapshot } from "./fetchSnapshot";
import type { WorkerMessage, WorkerRequest } from "./prefetch";

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
  close(): void;
}

const scope = self as unknown as WorkerScope;

async function handle({ url, href }: WorkerRequest): Promise<void> {
  const result = await fetchSnapshot(url, href, (text) => {
    // The page parses the text rather than taking the objects by structured clone (about twice
    // as slow), while this thread checks them.
    scope.postMessage({ kind: "parsed", json: text });
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
