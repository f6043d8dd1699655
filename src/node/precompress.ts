// Precompressed snapshots, as static hosts serve them (nginx gzip_static, most CDNs): the build
// writes `graph.json.gz` beside `graph.json`, and `vite preview` answers a request for the JSON
// with those bytes when the browser accepts gzip. Vite preview would otherwise gzip the snapshot
// on every request: about 300 ms of server time for a 10 MB snapshot, on the explorer's
// critical path, and more on a two-core machine where the browser wants the same cores.
import {
  createReadStream,
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

/** Gzip bytes of `data`: best compression, and no name or time in the header, so deterministic. */
export function gzipBytes(data: string | Uint8Array): Buffer {
  return gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
}

/** Writes `name` (JSON text) and its `.gz` into `dir`, the way the build leaves a snapshot. */
export function writeServedJson(dir: string, name: string, text: string): void {
  writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, `${name}.gz`), gzipBytes(text));
}

/** The `.gz` beside a file, if it is at least as new as the file. */
function freshGzip(file: string): string | null {
  const gz = `${file}.gz`;
  if (!existsSync(file) || !existsSync(gz)) return null;
  return statSync(gz).mtimeMs >= statSync(file).mtimeMs ? gz : null;
}

/**
 * Vite plugin: after a build, gzips each top-level `.json` file of the output (the snapshot);
 * in `vite preview`, serves a fresh `.gz` for a `.json` request that accepts gzip.
 */
export function precompressedJson(): Plugin {
  let outDir = "dist";
  return {
    name: "talkgraph:precompressed-json",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      if (!existsSync(outDir)) return;
      for (const name of readdirSync(outDir)) {
        if (!name.endsWith(".json")) continue;
        const file = join(outDir, name);
        writeFileSync(`${file}.gz`, gzipBytes(readFileSync(file)));
      }
    },
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        if ((req.method !== "GET" && req.method !== "HEAD") || !req.url) return next();
        if (!/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) return next();
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url, "http://x").pathname);
        } catch {
          return next();
        }
        if (!path.endsWith(".json")) return next();
        const file = resolve(root, `.${path}`);
        // Only files inside the served directory.
        const inside = relative(root, file);
        if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return next();
        const gz = freshGzip(file);
        if (!gz) return next();
        res.setHeader("Content-Type", "application/json");
        res.setHeader("Content-Encoding", "gzip");
        res.setHeader("Content-Length", statSync(gz).size);
        res.setHeader("Vary", "Accept-Encoding");
        res.setHeader("Cache-Control", "no-cache");
        if (req.method === "HEAD") return void res.end();
        createReadStream(gz).pipe(res);
      });
    },
  };
}
