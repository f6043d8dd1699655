// Precompressed snapshots (src/node/precompress.ts) through a real `vite preview`: the fresh
// .gz is what a gzip-accepting request gets, a stale one never is, nothing outside the served
// directory is reachable, and the bytes are deterministic.
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preview } from "vite";
import type { PreviewServer } from "vite";
import { gzipBytes, precompressedJson, writeServedJson } from "../../src/node/precompress";

const dir = mkdtempSync(join(tmpdir(), "talkgraph-precompress-"));
const seed = readFileSync(new URL("../fixtures/mini-snapshot.json", import.meta.url), "utf8");
let server: PreviewServer;
let base = "";

function get(path: string, encoding = "gzip") {
  return new Promise<{ status: number; encoding?: string; body: Buffer }>((done, fail) => {
    const req = request(`${base}${path}`, { headers: { "accept-encoding": encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        done({
          status: res.statusCode ?? 0,
          encoding: res.headers["content-encoding"],
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

beforeAll(async () => {
  writeServedJson(dir, "graph.json", seed);
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>t</title>");
  server = await preview({
    configFile: false,
    root: dir,
    logLevel: "silent",
    appType: "mpa",
    plugins: [precompressedJson()],
    build: { outDir: dir },
    preview: { port: 0, host: "127.0.0.1" },
  });
  const address = server.httpServer.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("precompressed snapshots", () => {
  it("gzips deterministically, and the bytes decompress to the text", () => {
    expect(gzipBytes(seed).equals(gzipBytes(seed))).toBe(true);
    expect(gunzipSync(gzipBytes(seed)).toString("utf8")).toBe(seed);
    expect(gzipBytes(seed).length).toBeLessThan(seed.length / 3);
  });

  it("serves the written .gz file to a request that accepts gzip", async () => {
    const res = await get("/graph.json?x=1");
    expect(res.status).toBe(200);
    expect(res.encoding).toBe("gzip");
    expect(res.body.equals(readFileSync(join(dir, "graph.json.gz")))).toBe(true);
    expect(gunzipSync(res.body).toString("utf8")).toBe(seed);
  });

  it("serves the plain file to a request that does not accept gzip", async () => {
    const res = await get("/graph.json", "identity");
    expect(res.encoding).toBeUndefined();
    expect(res.body.toString("utf8")).toBe(seed);
  });

  it("never serves a .gz older than its JSON", async () => {
    const changed = seed.replace('"talks"', '"talks" ');
    writeFileSync(join(dir, "stale.json"), changed);
    writeFileSync(join(dir, "stale.json.gz"), gzipBytes(seed));
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dir, "stale.json.gz"), past, past);
    const res = await get("/stale.json");
    const body = res.encoding === "gzip" ? gunzipSync(res.body) : res.body;
    expect(body.toString("utf8")).toBe(changed);
  });

  it("does not reach outside the served directory", async () => {
    const outside = join(dir, "..", "talkgraph-outside.json");
    writeServedJson(join(dir, ".."), "talkgraph-outside.json", "{}");
    try {
      const res = await get("/%2e%2e/talkgraph-outside.json");
      expect(res.body.toString("utf8")).not.toBe("{}");
      expect(res.encoding === "gzip" ? gunzipSync(res.body).toString() : "").not.toBe("{}");
    } finally {
      rmSync(outside, { force: true });
      rmSync(`${outside}.gz`, { force: true });
    }
  });
});
