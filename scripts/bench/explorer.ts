// Explorer benchmark in real headless Chromium on pipeline-built snapshots of about 1k, 5k and
// 20k drawn elements: navigation → `talkgraph:rendered` mark, and tap → details-panel latency
// (synthetic Cytoscape tap and real mouse click). Targets: 20k first render < 3 s, click → panel
// < 100 ms. One vite build serves every size. TALKGRAPH_BENCH_PROFILE=1 adds CPU profiles.
import type cytoscape from "cytoscape";
import type { Page } from "playwright-core";
import { launchBrowser, startExplorer } from "../../tests/ui/harness";
import { writeServedJson } from "../../src/node/precompress";
import { buildBenchSnapshot } from "./explorer-snapshots";
import type { BenchSnapshot } from "./explorer-snapshots";
import { profileTop, startProfile } from "./explorer-profile";

/** Talk counts calibrated so the drawn elements (nodes + mention/relation edges) land near the label. */
const SIZES = [
  { label: "1k", talks: 32 },
  { label: "5k", talks: 170 },
  { label: "20k", talks: 770 },
];
const CLICKS = 10;
const RENDER_TARGET_MS = 3000;
const CLICK_TARGET_MS = 100;
const PROFILE = process.env.TALKGRAPH_BENCH_PROFILE === "1";
/** More than Cytoscape's multiClickDebounceTime (250 ms) between real clicks. */
const DOUBLE_CLICK_GAP_MS = 300;

interface Target {
  id: string;
  /** What the panel's heading shows for it: the entity name or the talk title. */
  name: string;
}

interface ClickTiming {
  /** Until a DOM mutation puts the name in the panel heading. */
  dom: number;
  /** Until the next animation frame: the frame that paints the panel starts. */
  frame: number;
  /** Until the frame after the graph shows the selection (HighlightController runs after paint). */
  graph: number;
  /** The heading actually shown (real clicks may hit a neighbour). */
  heading: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;
const ratio = (x: number, target: number) => (x / target).toFixed(2);

/** Every n-th entity and talk of the snapshot, sorted by id, alternating: a spread of hubs and leaves. */
function pickTargets(snapshot: BenchSnapshot["snapshot"], count: number): Target[] {
  const entities = [...snapshot.entities].sort((a, b) => (a.id < b.id ? -1 : 1));
  const talks = [...snapshot.talks].sort((a, b) => (a.id < b.id ? -1 : 1));
  const out: Target[] = [];
  for (let i = 0; out.length < count; i++) {
    const fromTalks = i % 3 === 2;
    const list = fromTalks ? talks : entities;
    const item = list[Math.floor(((i + 0.5) / count) * list.length) % list.length]!;
    out.push({ id: item.id, name: "title" in item ? item.title : item.name });
  }
  return out;
}

/** Back to the overview (background tap), then let the frame and effects settle. */
async function clearSelection(page: Page): Promise<void> {
  await page.evaluate(() => {
    const cy = (window as unknown as { __talkgraph: { cy: cytoscape.Core } }).__talkgraph.cy;
    cy.emit("tap");
  });
  await page.waitForFunction(() => !document.querySelector('aside[aria-label="Details"] h2'));
  await settle(page);
}

/** Waits for the deferred graph work (highlight after paint) and a quiet frame. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))),
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
}

/**
 * Arms a MutationObserver on the page, then runs `trigger` (in Node or in the page). t0 is the
 * tap's emission, or for a real click the pointerup's event timestamp.
 */
async function timeClick(page: Page, target: Target, real: boolean): Promise<ClickTiming> {
  const armed = page.evaluate(
    ({ id, name, real }) =>
      new Promise<ClickTiming>((resolve, reject) => {
        let t0 = NaN;
        const timeout = setTimeout(() => reject(new Error(`no panel for ${id}`)), 5_000);
        const observer = new MutationObserver(() => {
          const text = document.querySelector('aside[aria-label="Details"] h2')?.textContent ?? "";
          if (!(real ? text.length > 0 : text.includes(name))) return;
          const dom = performance.now();
          observer.disconnect();
          clearTimeout(timeout);
          const cy = (window as unknown as { __talkgraph: { cy: cytoscape.Core } }).__talkgraph.cy;
          requestAnimationFrame(() => {
            const frame = performance.now();
            // Then frame by frame until the graph carries the selection.
            const poll = () => {
              const shown = real
                ? cy.$("node.selected").nonempty()
                : cy.$id(id).hasClass("selected");
              if (!shown) return void requestAnimationFrame(poll);
              requestAnimationFrame(() =>
                resolve({
                  dom: dom - t0,
                  frame: frame - t0,
                  graph: performance.now() - t0,
                  heading: text,
                }),
              );
            };
            poll();
          });
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        if (real) {
          window.addEventListener("pointerup", (e) => (t0 = e.timeStamp), {
            once: true,
            capture: true,
          });
          return;
        }
        const cy = (window as unknown as { __talkgraph: { cy: cytoscape.Core } }).__talkgraph.cy;
        t0 = performance.now();
        cy.$id(id).emit("tap");
      }),
    { id: target.id, name: target.name, real },
  );
  if (real) {
    const point = await page.evaluate((id) => {
      const cy = (window as unknown as { __talkgraph: { cy: cytoscape.Core } }).__talkgraph.cy;
      const p = cy.$id(id).renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, target.id);
    await page.mouse.click(point.x, point.y);
  }
  return armed;
}

async function measureSize(
  page: Page,
  url: string,
  bench: BenchSnapshot,
): Promise<{
  render: number;
  fetched: number;
  /** "name ms" of each explorer stage before the first frame. */
  stages: string[];
  clicks: ClickTiming[];
  hops: ClickTiming[];
  real: ClickTiming[];
  missed: number;
}> {
  // tsx compiles with keepNames: named inner functions in page.evaluate call a `__name` helper.
  await page.addInitScript("globalThis.__name = (f) => f");
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName("talkgraph:rendered").length === 1,
    undefined,
    { timeout: 120_000 },
  );
  const { render, fetched, stages } = await page.evaluate(() => {
    const mark = performance.getEntriesByName("talkgraph:rendered")[0]!;
    const json = performance.getEntriesByType("resource").find((r) => r.name.includes(".json")) as
      PerformanceResourceTiming | undefined;
    // The explorer's own user-timing spans (src/ui/perf.ts) up to the first frame.
    const stages = performance
      .getEntriesByType("measure")
      .filter((m) => m.name.startsWith("talkgraph:") && m.startTime <= mark.startTime)
      .sort((a, b) => a.startTime - b.startTime)
      .map(
        (m) =>
          `${m.name.slice("talkgraph:".length)} ${m.duration.toFixed(0)}@${m.startTime.toFixed(0)}`,
      );
    // The explorer downloads the snapshot in a worker: its span is then talkgraph:worker-fetch.
    const inWorker = performance.getEntriesByName("talkgraph:worker-fetch")[0];
    const fetched = json?.responseEnd ?? (inWorker ? inWorker.startTime + inWorker.duration : NaN);
    return { render: mark.startTime, fetched, stages };
  });
  const targets = pickTargets(bench.snapshot, CLICKS + 1);
  const clicks: ClickTiming[] = [];
  const hops: ClickTiming[] = [];
  const real: ClickTiming[] = [];
  let missed = 0;
  // From the overview (the whole graph fades), then node to node (only two neighbourhoods change).
  for (const target of targets.slice(1)) {
    await clearSelection(page);
    clicks.push(await timeClick(page, target, false));
  }
  await clearSelection(page);
  await timeClick(page, targets[0]!, false);
  for (const target of targets.slice(1)) {
    await settle(page);
    hops.push(await timeClick(page, target, false));
  }
  // Real clicks on the biggest nodes, which are the likeliest to be on top at their centre.
  const big = await page.evaluate((n) => {
    const cy = (window as unknown as { __talkgraph: { cy: cytoscape.Core } }).__talkgraph.cy;
    return cy
      .nodes()
      .sort((a, b) => b.renderedWidth() - a.renderedWidth())
      .slice(0, n)
      .map((node) => node.id());
  }, CLICKS);
  for (const id of big) {
    await clearSelection(page);
    // Two real clicks closer than Cytoscape's multi-click window are a double click, which
    // focuses the graph on the second node (and hides the rest): keep them single clicks.
    await page.waitForTimeout(DOUBLE_CLICK_GAP_MS);
    // A click that selects nothing (node under the panel or the toolbar) is left out and counted.
    const timing = await timeClick(page, { id, name: "" }, true).catch(() => null);
    if (timing) real.push(timing);
    else missed++;
    if (page.url().includes("focus="))
      throw new Error(`bench explorer: a real click on ${id} focused the graph`);
  }
  return { render, fetched, stages, clicks, hops, real, missed };
}

export async function benchExplorer(): Promise<string[]> {
  const lines: string[] = [];
  const built: { label: string; bench: BenchSnapshot; file: string }[] = [];
  // TALKGRAPH_BENCH_SIZES=1k,5k runs only those sizes (profiling, debugging).
  const only = process.env.TALKGRAPH_BENCH_SIZES?.split(",");
  for (const size of SIZES.filter((s) => !only || only.includes(s.label))) {
    const start = performance.now();
    const bench = buildBenchSnapshot(size.talks);
    const total = performance.now() - start;
    const stages = Object.entries(bench.stages)
      .map(([k, v]) => `${k} ${ms(v)}`)
      .join(", ");
    lines.push(
      `${size.label}: ${bench.talks} talks → ${bench.drawnNodes + bench.drawnEdges} drawn elements ` +
        `(${bench.drawnNodes} nodes + ${bench.drawnEdges} edges; snapshot graph ${bench.graphNodes} + ${bench.graphEdges} with co-occurrence); ` +
        `pipeline ${(total / 1000).toFixed(1)} s (${stages})`,
    );
    built.push({ label: size.label, bench, file: `graph-${size.label}.json` });
  }
  const explorer = await startExplorer({ snapshot: built[0]!.bench.snapshot });
  const browser = await launchBrowser();
  try {
    for (const { label, bench, file } of built) {
      const json = JSON.stringify(bench.snapshot);
      // With its .gz, as `npm run build` leaves a snapshot for `vite preview` to serve.
      writeServedJson(explorer.dir, file, json);
      // A fresh context per size: no cached snapshot, no leftover state.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const profile = PROFILE ? await startProfile(page) : null;
      const m = await measureSize(page, `${explorer.url}?graph=${file}`, bench);
      const med = (list: ClickTiming[], key: "dom" | "frame" | "graph") =>
        median(list.map((c) => c[key]));
      const dom = med(m.clicks, "dom");
      const elements = bench.drawnNodes + bench.drawnEdges;
      const series = (name: string, list: ClickTiming[]) =>
        `    ${name}: panel ${ms(med(list, "dom"))} (${ratio(med(list, "dom"), CLICK_TARGET_MS)}), ` +
        `its frame ${ms(med(list, "frame"))} (${ratio(med(list, "frame"), CLICK_TARGET_MS)}), ` +
        `graph highlighted ${ms(med(list, "graph"))}; panel ms [${list.map((c) => c.dom.toFixed(0)).join(" ")}]`;
      lines.push(
        `${label} elements (${elements}): first render ${(m.render / 1000).toFixed(2)} s ` +
          `(${ratio(m.render, RENDER_TARGET_MS)} of the 3 s target; snapshot ${(json.length / 2 ** 20).toFixed(1)} MB fetched at ${ms(m.fetched)}); ` +
          `click→panel median ${ms(dom)} (${ratio(dom, CLICK_TARGET_MS)} of 100 ms)`,
        `    stages (ms@start): ${m.stages.join(", ") || "none recorded"}`,
        series("tap from overview (median of " + m.clicks.length + ")", m.clicks),
        series("tap node→node", m.hops),
        series("real mouse click on big nodes", m.real) +
          (m.missed > 0 ? `; ${m.missed} clicks selected nothing` : ""),
      );
      if (errors.length > 0) lines.push(`    page errors: ${errors.join(" | ")}`);
      if (profile) lines.push(...(await profileTop(profile, 12)).map((l) => `    ${l}`));
      await context.close();
    }
  } finally {
    await browser.close();
    await explorer.close();
  }
  return lines;
}
