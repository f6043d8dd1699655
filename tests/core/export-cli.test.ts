// `npm run export` as a user runs it: tsx in a child process, files written next to the
// snapshot or where --out says, and clear errors naming the file for bad input.
import { describe, it, expect, beforeAll } from "vitest";
import { execFile } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { unzipSync } from "fflate";
import { restoreSnapshot } from "../../src/core/snapshot";
import { HOSTILE_PATH, parseXmlStrict } from "./export-support";

const run = promisify(execFile);
const TSX = resolve("node_modules/.bin/tsx");
const CLI = resolve("scripts/export.ts");

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("scripts/export.ts", () => {
  let dir: string;
  let snapshotPath: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "talkgraph-export-"));
    snapshotPath = join(dir, "graph.json");
    copyFileSync(HOSTILE_PATH, snapshotPath);
  });

  it("names the file and the reason when the snapshot is missing, not JSON, or not a snapshot", async () => {
    const missing = await cli(join(dir, "nope.json"), "--format", "gexf");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      `cannot read snapshot ${join(dir, "nope.json")}: no such file`,
    );

    const notJson = join(dir, "broken.json");
    writeFileSync(notJson, "{ not json");
    const bad = await cli(notJson, "--format", "csv");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`snapshot ${notJson} is not valid JSON`);

    const wrong = join(dir, "wrong.json");
    writeFileSync(wrong, JSON.stringify({ schema: "talkgraph/1", talks: "x" }));
    const invalid = await cli(wrong, "--format", "json");
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(`snapshot ${wrong} is not a talkgraph snapshot`);
    expect(invalid.stderr).toContain("talks");

    const format = await cli(snapshotPath, "--format", "xls");
    expect(format.code).not.toBe(0);
    expect(format.stderr).toContain("Allowed choices are gexf, graphml, csv, neo4j, json");
  });

  it("writes GEXF and GraphML next to the snapshot by default", async () => {
    const gexf = await cli(snapshotPath, "--format", "gexf");
    expect(gexf.code).toBe(0);
    expect(gexf.stdout).toContain(`wrote ${join(dir, "graph.gexf")}`);
    const g = parseGexf(Graph, readFileSync(join(dir, "graph.gexf"), "utf8"));
    expect(g.order).toBe(9);

    const graphml = await cli(snapshotPath, "--format", "graphml", "--color-by", "community");
    expect(graphml.code).toBe(0);
    const xml = readFileSync(join(dir, "graph.graphml"), "utf8");
    parseXmlStrict(xml);
    expect(parseGraphml(Graph, xml).size).toBe(10);
  });

  it("writes CSV and Neo4j bundles as zips, or as folders when --out ends with /", async () => {
    expect((await cli(snapshotPath, "--format", "csv")).code).toBe(0);
    const csvZip = unzipSync(readFileSync(join(dir, "graph-csv.zip")));
    expect(Object.keys(csvZip).sort()).toEqual(["edges.csv", "nodes.csv"]);

    const out = join(dir, "neo4j") + "/";
    const neo = await cli(snapshotPath, "--format", "neo4j", "--out", out);
    expect(neo.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "README.txt",
      "import.cypher",
      "nodes.csv",
      "relationships.csv",
    ]);
  });

  it("writes JSON to graph.view.json, never over the snapshot, and it restores", async () => {
    const before = readFileSync(snapshotPath, "utf8");
    const json = await cli(snapshotPath, "--format", "json");
    expect(json.code).toBe(0);
    expect(readFileSync(snapshotPath, "utf8")).toBe(before);
    const view = restoreSnapshot(JSON.parse(readFileSync(join(dir, "graph.view.json"), "utf8")));
    expect(view.talks).toHaveLength(3);
    const named = join(dir, "sub", "custom.json");
    expect((await cli(snapshotPath, "-f", "json", "-o", named)).code).toBe(0);
    expect(existsSync(named)).toBe(true);
  });
});
