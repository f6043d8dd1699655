// Vite builds the explorer (src/ui) and Vitest runs the unit tests (tests/core, tests/node).
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { precompressedJson } from "./src/node/precompress.ts";

export default defineConfig({
  // The snapshot is served gzipped from a file the build writes (src/node/precompress.ts).
  plugins: [react(), precompressedJson()],
  base: "./",
  build: { outDir: "dist", chunkSizeWarningLimit: 2000 },
  preview: { port: 4173, strictPort: true, host: "127.0.0.1" },
  test: {
    include: ["tests/core/**/*.test.ts", "tests/node/**/*.test.ts"],
    testTimeout: 60000,
    pool: "forks",
  },
});
