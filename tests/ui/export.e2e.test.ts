// The Export menu in real Chromium: open the explorer on the hostile fixture and on the seed
// snapshot, click Export, take each download and check it as its reader would (PNG header and
// pixels, SVG as XML, GEXF/GraphML through graphology, zips' contents, view JSON).
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { unzipSync } from "fflate";
import { DOMParser as XmlDomParser } from "@xmldom/xmldom";
import { restoreSnapshot } from "../../src/core/snapshot";
import type { Snapshot } from "../../src/core/snapshot";
import { buildSnapshotFromPaths } from "../../src/node/build";
import { launchBrowser, startExplorer } from "./harness";
import type { Explorer } from "./harness";

const HOSTILE = "tests/fixtures/export-snapshot.json";

async function download(page: Page, buttonName: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: buttonName, exact: true }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Share of pixels that differ from the background (decoded by the browser itself). */
async function inkShare(page: Page, bytes: Buffer, background: "white" | "transparent") {
  return page.evaluate(
    async ({ b64, background }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(bitmap, 0, 0);
      const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let ink = 0;
      for (let i = 0; i < px.length; i += 4) {
        const blank =
          background === "white"
            ? px[i] === 255 && px[i + 1] === 255 && px[i + 2] === 255
            : px[i + 3] === 0;
        if (!blank) ink++;
      }
      return ink / (px.length / 4);
    },
    { b64: bytes.toString("base64"), background },
  );
}

function xmlErrors(text: string): string[] {
  const errors: string[] = [];
  new XmlDomParser({
    onError: (level, msg) => void errors.push(`${level}: ${msg}`),
  }).parseFromString(text, "application/xml");
  return errors;
}

const cases: { name: string; load: () => Promise<Snapshot> }[] = [
  {
    name: "hostile fixture",
    load: async () => restoreSnapshot(JSON.parse(readFileSync(HOSTILE, "utf8"))),
  },
  {
    name: "seed snapshot",
    load: async () => (await buildSnapshotFromPaths(["data/seed"])).snapshot,
  },
];

describe.each(cases)("Export menu on the $name", ({ load }) => {
  let snapshot: Snapshot;
  let explorer: Explorer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    snapshot = await load();
    explorer = await startExplorer({ snapshot });
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    await context.addInitScript(() => localStorage.setItem("talkgraph:lang", "en"));
    page = await context.newPage();
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(explorer.url);
    await page.waitForFunction(
      () =>
        ((
          window as unknown as { __talkgraph?: { cy?: { nodes(): { length: number } } } }
        ).__talkgraph?.cy?.nodes().length ?? 0) > 0,
    );
    await page.getByRole("button", { name: "Export", exact: true }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await explorer?.close();
  });

  it("opens a menu of image and data exports", async () => {
    await expect
      .poll(() => page.getByRole("dialog", { name: "Export options" }).isVisible())
      .toBe(true);
  });

  it("saves a PNG of the current view at 1× on white, the size of the view, not blank", async () => {
    await page.getByRole("radio", { name: "1×" }).check();
    await page.getByRole("radio", { name: "White" }).check();
    const { name, bytes } = await download(page, "PNG · current view");
    expect(name).toBe("talkgraph-view@1x.png");
    const box = await page.evaluate(() => {
      const cy = (
        window as unknown as { __talkgraph: { cy: { width(): number; height(): number } } }
      ).__talkgraph.cy;
      return { width: cy.width(), height: cy.height() };
    });
    const size = pngSize(bytes);
    expect(Math.abs(size.width - box.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - box.height)).toBeLessThanOrEqual(1);
    expect(await inkShare(page, bytes, "white")).toBeGreaterThan(0.001);
  });

  it("saves a PNG of the whole graph at 2× (and 4×) on a transparent background", async () => {
    await page.getByRole("radio", { name: "2×" }).check();
    await page.getByRole("radio", { name: "Transparent" }).check();
    const two = await download(page, "PNG · whole graph");
    expect(two.name).toBe("talkgraph-graph@2x.png");
    const bb = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          __talkgraph: { cy: { elements(): { boundingBox(): { w: number; h: number } } } };
        }
      ).__talkgraph.cy;
      const b = cy.elements().boundingBox();
      return { w: b.w, h: b.h };
    });
    const size2 = pngSize(two.bytes);
    expect(Math.abs(size2.width - Math.ceil(bb.w) * 2)).toBeLessThanOrEqual(2);
    expect(Math.abs(size2.height - Math.ceil(bb.h) * 2)).toBeLessThanOrEqual(2);
    expect(await inkShare(page, two.bytes, "transparent")).toBeGreaterThan(0.001);

    await page.getByRole("radio", { name: "4×" }).check();
    const four = pngSize((await download(page, "PNG · whole graph")).bytes);
    expect(Math.abs(four.width - size2.width * 2)).toBeLessThanOrEqual(4);
  });

  it("saves an SVG that is well-formed XML with no script element", async () => {
    await page.getByRole("radio", { name: "1×" }).check();
    await page.getByRole("radio", { name: "Dark" }).check();
    for (const button of ["SVG · current view", "SVG · whole graph"]) {
      const { name, bytes } = await download(page, button);
      expect(name).toMatch(/^talkgraph-(view|graph)@1x\.svg$/);
      const text = bytes.toString("utf8");
      expect(xmlErrors(text)).toEqual([]);
      const browserCheck = await page.evaluate((svg) => {
        const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
        return {
          error: doc.getElementsByTagName("parsererror").length,
          scripts: doc.getElementsByTagName("script").length,
          root: doc.documentElement.nodeName,
          shapes: doc.querySelectorAll("path, rect, text").length,
          // Lines in the light theme's edge colour (style.ts edgeColor), one per edge drawn.
          edgeLines: [...doc.querySelectorAll("path")].filter(
            (p) =>
              p.getAttribute("stroke") === "rgb(184,192,204)" && p.getAttribute("fill") === "none",
          ).length,
        };
      }, text);
      expect(browserCheck).toMatchObject({ error: 0, scripts: 0, root: "svg" });
      expect(browserCheck.shapes).toBeGreaterThan(snapshot.graph.nodes.length);
      if (button.endsWith("whole graph")) {
        // The edge layer's edges are in the picture too: a line each.
        const edges = await page.evaluate(
          () =>
            (
              window as unknown as { __talkgraph: { edges: { elements(): unknown[] } } }
            ).__talkgraph.edges.elements().length,
        );
        expect(edges).toBeGreaterThan(0);
        expect(browserCheck.edgeLines).toBe(edges);
      }
    }
  });

  it("saves GEXF and GraphML that graphology parses back to the same graph", async () => {
    const gexf = await download(page, "GEXF · Gephi, Gephi Lite");
    expect(gexf.name).toBe("talkgraph.gexf");
    const g = parseGexf(Graph, gexf.bytes.toString("utf8"));
    expect([g.order, g.size]).toEqual([snapshot.graph.nodes.length, snapshot.graph.edges.length]);

    const graphml = await download(page, "GraphML");
    expect(graphml.name).toBe("talkgraph.graphml");
    expect(xmlErrors(graphml.bytes.toString("utf8"))).toEqual([]);
    const h = parseGraphml(Graph, graphml.bytes.toString("utf8"));
    expect([h.order, h.size]).toEqual([snapshot.graph.nodes.length, snapshot.graph.edges.length]);
  });

  it("saves the CSV and Neo4j zips with the expected files", async () => {
    const csv = await download(page, "CSV · nodes + edges (zip)");
    expect(csv.name).toBe("talkgraph-csv.zip");
    const files = unzipSync(new Uint8Array(csv.bytes));
    expect(Object.keys(files).sort()).toEqual(["edges.csv", "nodes.csv"]);
    expect([...(files["nodes.csv"] ?? []).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const neo = await download(page, "Neo4j bundle (zip)");
    expect(neo.name).toBe("talkgraph-neo4j.zip");
    expect(Object.keys(unzipSync(new Uint8Array(neo.bytes))).sort()).toEqual([
      "README.txt",
      "import.cypher",
      "nodes.csv",
      "relationships.csv",
    ]);
  });

  it("saves the current view as a snapshot the explorer can open, with its view state", async () => {
    const { name, bytes } = await download(page, "Snapshot JSON · current view");
    expect(name).toBe("talkgraph.view.json");
    const data = JSON.parse(bytes.toString("utf8")) as { view?: { colorBy?: string } };
    const view = restoreSnapshot(data);
    const drawn = await page.evaluate(
      () =>
        (
          window as unknown as { __talkgraph: { cy: { nodes(): { length: number } } } }
        ).__talkgraph.cy.nodes().length,
    );
    expect(view.graph.nodes.length).toBe(drawn);
    expect(data.view?.colorBy).toBe("type");
  });

  it("never ran anything from the data (no alert)", () => {
    expect(dialogs).toEqual([]);
  });
});
