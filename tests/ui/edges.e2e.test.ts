// The edge layer on a graph big enough for its moving-viewport texture (thousands of edges: a
// benchmark snapshot, built by the real pipeline), in real headless Chromium: while the view
// moves it shows the last drawing moved, once the view rests it draws exactly the edges in view,
// and dragging a node takes its edges along.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Core } from "cytoscape";
import { buildBenchSnapshot } from "../../scripts/bench/explorer-snapshots";
import type { EdgeLayer } from "../../src/ui/graph/edgeLayer";
import { MAX_EDGE_WIDTH } from "../../src/ui/graph/style";
import { launchBrowser, startExplorer } from "./harness";
import type { Explorer } from "./harness";

type Api = { __talkgraph: { cy: Core; edges: Pick<EdgeLayer, "drawn" | "elements" | "edgeAt"> } };

let explorer: Explorer;
let browser: Browser;
let page: Page;

/**
 * Edges the layer should draw in the current view: those whose ends' bounding box meets the
 * view grown by the widest edge (how the layer culls).
 */
function edgesInView(): Promise<number> {
  return page.evaluate((pad) => {
    const { cy, edges } = (window as unknown as Api).__talkgraph;
    const v = cy.extent();
    const e = { x1: v.x1 - pad, y1: v.y1 - pad, x2: v.x2 + pad, y2: v.y2 + pad };
    let n = 0;
    for (const d of edges.elements()) {
      const a = cy.$id(String(d.data.source)).position();
      const b = cy.$id(String(d.data.target)).position();
      const out =
        (a.x < e.x1 && b.x < e.x1) ||
        (a.x > e.x2 && b.x > e.x2) ||
        (a.y < e.y1 && b.y < e.y1) ||
        (a.y > e.y2 && b.y > e.y2);
      if (!out) n++;
    }
    return n;
  }, MAX_EDGE_WIDTH);
}

const drawn = () => page.evaluate(() => (window as unknown as Api).__talkgraph.edges.drawn);

beforeAll(async () => {
  const bench = buildBenchSnapshot(150);
  expect(bench.drawnEdges).toBeGreaterThan(2000);
  explorer = await startExplorer({ snapshot: bench.snapshot });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript("globalThis.__name = (f) => f");
  await page.goto(explorer.url);
  await page.waitForFunction(() => performance.getEntriesByName("talkgraph:rendered").length === 1);
  // The page settles after its first frame (layout, effects); these tests move the view after.
  await page.waitForTimeout(1000);
});

afterAll(async () => {
  await browser?.close();
  await explorer?.close();
});

describe("edge layer on a graph of thousands of edges", () => {
  it("moves its last drawing while the view moves, then draws exactly the edges in view", async () => {
    const total = await page.evaluate(
      () => (window as unknown as Api).__talkgraph.edges.elements().length,
    );
    expect(await drawn()).toBe(total);
    // Zoom in around the middle (most edges leave the view) and look at the next frame: it
    // moved the last drawing, nothing was drawn anew (the exact drawing waits for the view to
    // rest 150 ms, longer than a frame).
    const nextFrame = await page.evaluate(async () => {
      const { cy, edges } = (window as unknown as Api).__talkgraph;
      cy.zoom({
        level: cy.zoom() * 4,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
      await new Promise((done) => requestAnimationFrame(done));
      return edges.drawn;
    });
    expect(nextFrame).toBe(total);
    await expect.poll(drawn, { timeout: 3000 }).toBeLessThan(total);
    // Once the view rests (the store takes the viewport after 250 ms), drawn and in view agree.
    await page.waitForTimeout(600);
    const [now, inView] = await Promise.all([drawn(), edgesInView()]);
    expect(inView).toBeGreaterThan(0);
    expect(inView).toBeLessThan(total);
    expect(now).toBe(inView);
  });

  it("takes a node's edges along when it is dragged", async () => {
    const probe = await page.evaluate(() => {
      const { cy } = (window as unknown as Api).__talkgraph;
      const node = cy
        .nodes()
        .filter((n) => {
          const p = n.renderedPosition();
          return p.x > 200 && p.y > 200 && p.x < cy.width() - 200 && p.y < cy.height() - 200;
        })
        .sort((a, b) => b.renderedWidth() - a.renderedWidth())[0]!;
      const p = node.renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.move(probe.x, probe.y);
    await page.mouse.down();
    await page.mouse.move(probe.x + 60, probe.y + 40, { steps: 5 });
    await page.mouse.up();
    const result = await page.evaluate((id) => {
      const { cy, edges } = (window as unknown as Api).__talkgraph;
      const node = cy.$id(id);
      const mine = edges.elements().filter((d) => d.data.source === id || d.data.target === id);
      const ids = new Set(mine.map((d) => String(d.data.id)));
      // At the middle of each edge as it runs now, the layer finds one of the node's edges.
      const hits = mine.map((d) => {
        const a = node.position();
        const b = cy.$id(String(d.data.source === id ? d.data.target : d.data.source)).position();
        const hit = edges.edgeAt((a.x + b.x) / 2, (a.y + b.y) / 2);
        return hit !== null && ids.has(hit);
      });
      return { hits, at: node.renderedPosition() };
    }, probe.id);
    const box = await page.locator('[data-testid="graph"]').boundingBox();
    // The node moved with the mouse.
    expect(Math.abs(box!.x + result.at.x - (probe.x + 60))).toBeLessThan(3);
    expect(Math.abs(box!.y + result.at.y - (probe.y + 40))).toBeLessThan(3);
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every(Boolean)).toBe(true);
  });
});
