// Shared browser-test harness: builds the explorer once per process (Vite's JS API), serves a
// copy of the build with a given snapshot as graph.json through `vite preview` on a free port,
// and launches Debian's Chromium through playwright-core (Playwright's own download is not
// available here).
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import { chromium } from "playwright-core";
import { writeServedJson } from "../../src/node/precompress";
import type { Browser } from "playwright-core";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let built: Promise<string> | null = null;

/** `vite build` into a temp dir, once per test process. */
export function buildExplorerOnce(): Promise<string> {
  built ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), "talkgraph-build-"));
    await build({
      root: REPO_ROOT,
      configFile: join(REPO_ROOT, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
    return outDir;
  })();
  return built;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface StartExplorerOptions {
  /** A snapshot file to serve as graph.json. */
  snapshotPath?: string;
  /** Or a snapshot value (e.g. built in-process), written as graph.json. */
  snapshot?: unknown;
}

export interface Explorer {
  /** Base url of the served explorer, ending in "/". */
  url: string;
  /** Directory being served (tests may add files, such as a bad snapshot). */
  dir: string;
  close(): Promise<void>;
}

export async function startExplorer(options: StartExplorerOptions): Promise<Explorer> {
  const outDir = await buildExplorerOnce();
  // Each explorer gets its own copy so several snapshots can be served side by side.
  const dir = mkdtempSync(join(tmpdir(), "talkgraph-serve-"));
  cpSync(outDir, dir, { recursive: true });
  // The snapshot and its .gz, as the build leaves them (src/node/precompress.ts); none when
  // no snapshot is given, so nothing stale from the build is served either.
  rmSync(join(dir, "graph.json.gz"), { force: true });
  if (options.snapshotPath)
    writeServedJson(dir, "graph.json", readFileSync(options.snapshotPath, "utf8"));
  else if (options.snapshot !== undefined)
    writeServedJson(dir, "graph.json", JSON.stringify(options.snapshot));
  const port = await freePort();
  const server = await preview({
    root: REPO_ROOT,
    configFile: join(REPO_ROOT, "vite.config.ts"),
    logLevel: "warn",
    // Missing files answer 404 (as a static host would), not the SPA's index.html.
    appType: "mpa",
    build: { outDir: dir },
    preview: { port, strictPort: true, host: "127.0.0.1", open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
