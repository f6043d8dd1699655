// The layout rule, checked through the repo's own ESLint config: src/core stays pure so the
// browser and the CLI share it, which only holds while lint refuses the imports that break it.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => m.message);
}

describe("src/core import boundaries", () => {
  it("refuses Node-only, UI and script imports in src/core", async () => {
    const code = [
      'import { buildSnapshotFromPaths } from "../node/build";',
      'import * as node from "../node";',
      'import { App } from "../ui/App";',
      'import * as extract from "../../scripts/extract";',
      'import { readFileSync } from "node:fs";',
      'import * as jieba from "nodejieba";',
      'import { useState } from "react";',
      "export const all = [buildSnapshotFromPaths, node, App, extract, readFileSync, jieba, useState];",
    ].join("\n");
    expect(await restrictedImports(code, "src/core/example.ts")).toHaveLength(7);
  });

  it("allows pure imports in src/core, including packages with a node/ subpath", async () => {
    const code = [
      'import Graph from "graphology";',
      'import { degree } from "graphology-metrics/node/degree";',
      'import { repairText } from "./text";',
      "export const all = [Graph, degree, repairText];",
    ].join("\n");
    expect(await restrictedImports(code, "src/core/example.ts")).toEqual([]);
  });

  it("lets src/node import Node built-ins", async () => {
    const code = 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n';
    expect(await restrictedImports(code, "src/node/example.ts")).toEqual([]);
  });
});
