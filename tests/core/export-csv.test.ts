// CSV, Neo4j, view JSON, zip and file-name exports, checked by reading the files back the way
// their consumers would: an RFC 4180 reader, neo4j-admin's header rules, unzip, restoreSnapshot.
import { describe, it, expect, beforeAll } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { restoreSnapshot } from "../../src/core/snapshot";
import type { Snapshot } from "../../src/core/snapshot";
import {
  exportSnapshot,
  filterSnapshot,
  sanitizeFileName,
  snapshotToCsv,
  snapshotToJson,
  snapshotToNeo4j,
  zipFiles,
} from "../../src/core/export";
import { csvRecords, loadHostile, loadSeed, parseCsv } from "./export-support";

const BOM = "\uFEFF";
const stripBom = (s: string) => (s.startsWith(BOM) ? s.slice(1) : s);

describe("snapshotToCsv", () => {
  it("refuses nothing but quotes everything a hostile title can hold", () => {
    const { "nodes.csv": nodes } = snapshotToCsv(loadHostile());
    expect(() => parseCsv(stripBom(nodes))).not.toThrow();
  });

  it("starts both files with a UTF-8 byte-order mark so Excel reads Chinese", () => {
    const files = snapshotToCsv(loadHostile());
    expect(files["nodes.csv"].startsWith(BOM)).toBe(true);
    expect(files["edges.csv"].startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(files["nodes.csv"]).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
  });

  it("round-trips commas, quotes, newlines, tags and Chinese through an RFC 4180 reader", () => {
    const snapshot = loadHostile();
    const rows = csvRecords(stripBom(snapshotToCsv(snapshot)["nodes.csv"]));
    expect(rows).toHaveLength(snapshot.graph.nodes.length);
    const a = rows.find((r) => r["id"] === "t:0000000a");
    expect(a?.["label"]).toBe(`<script>alert(1)</script> & "quotes" 'single' <b>架构</b>`);
    expect(a?.["speaker"]).toBe(`张三, "Zhang" <z@x.cn>`);
    const b = rows.find((r) => r["id"] === "t:0000000b");
    expect(b?.["label"]).toBe("微服务架构\n第二行, with comma\u0001\u0007\u001F\ttab");
    const micro = rows.find((r) => r["id"] === "e:微服务");
    expect(micro?.["description"]).toBe("服务拆分,\n独立部署");
    expect(micro?.["aliases"]).toBe("microservice | micro-service");
    expect(Number(micro?.["pagerank"])).toBe(0.052);
  });

  it("puts an apostrophe before cells a spreadsheet would run as a formula", () => {
    const rows = csvRecords(stripBom(snapshotToCsv(loadHostile())["nodes.csv"]));
    const b = rows.find((r) => r["id"] === "t:0000000b");
    const c = rows.find((r) => r["id"] === "t:0000000c");
    expect(b?.["speaker"]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(c?.["label"]).toBe("'-2+3");
    expect(c?.["speaker"]).toBe("'@SUM(A1:A2)");
    expect(c?.["company"]).toBe("'+cmd|' /C calc'!A0");
    // Numbers stay numbers: negative coordinates are not text.
    expect(rows.some((r) => r["x"]?.startsWith("-"))).toBe(true);
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+@]/);
  });

  it("writes each mention edge with its count and evidence passages", () => {
    const edges = csvRecords(stripBom(snapshotToCsv(loadHostile())["edges.csv"]));
    expect(edges).toHaveLength(10);
    const e = edges.find((r) => r["id"] === "t:0000000a|e:tidb");
    expect(e?.["count"]).toBe("3");
    expect(e?.["evidence"]).toBe(
      `用 <script>alert('x')</script> 测 TiDB & "quotes" | line one\nline two, TiDB\u0002`,
    );
    const rel = edges.find((r) => r["kind"] === "relation");
    expect([rel?.["source"], rel?.["target"], rel?.["type"]]).toEqual([
      "e:pingcap",
      "e:tidb",
      "develops",
    ]);
  });
});

describe("snapshotToNeo4j", () => {
  it("writes headers in the neo4j-admin import format", () => {
    const files = snapshotToNeo4j(loadHostile());
    expect(Object.keys(files).sort()).toEqual([
      "README.txt",
      "import.cypher",
      "nodes.csv",
      "relationships.csv",
    ]);
    const [nodeHeader] = parseCsv(files["nodes.csv"] ?? "");
    const [relHeader] = parseCsv(files["relationships.csv"] ?? "");
    expect(nodeHeader?.slice(0, 3)).toEqual(["id:ID", "name", ":LABEL"]);
    expect(relHeader?.slice(0, 4)).toEqual([":START_ID", ":END_ID", ":TYPE", "weight:float"]);
    // Every typed column uses a type neo4j-admin knows.
    for (const h of [...(nodeHeader ?? []), ...(relHeader ?? [])]) {
      const type = h.includes(":") ? h.slice(h.indexOf(":") + 1) : "";
      expect([
        "",
        "ID",
        "LABEL",
        "START_ID",
        "END_ID",
        "TYPE",
        "int",
        "float",
        "double",
        "boolean",
        "string[]",
      ]).toContain(type);
    }
    expect(files["nodes.csv"]?.startsWith(BOM)).toBe(false);
  });

  it("labels nodes and types relationships, talks pointing at what they mention", () => {
    const files = snapshotToNeo4j(loadHostile());
    const nodes = csvRecords(files["nodes.csv"] ?? "");
    expect(nodes.find((n) => n["id:ID"] === "t:0000000a")?.[":LABEL"]).toBe("Node;Talk");
    expect(nodes.find((n) => n["id:ID"] === "e:tidb")?.[":LABEL"]).toBe("Node;Entity;Technology");
    expect(nodes.find((n) => n["id:ID"] === "e:tidb")?.["aliases:string[]"]).toBe(
      "tidb;钛DB； 分布式",
    );
    // No spreadsheet apostrophes in database values.
    expect(nodes.find((n) => n["id:ID"] === "t:0000000c")?.["name"]).toBe("-2+3");
    const rels = csvRecords(files["relationships.csv"] ?? "");
    expect(new Set(rels.map((r) => r[":TYPE"]))).toEqual(
      new Set(["MENTIONS", "CO_OCCURS_WITH", "DEVELOPS"]),
    );
    for (const r of rels.filter((r) => r[":TYPE"] === "MENTIONS"))
      expect(r[":START_ID"]?.startsWith("t:")).toBe(true);
    const ids = new Set(nodes.map((n) => n["id:ID"]));
    for (const r of rels) {
      expect(ids.has(r[":START_ID"])).toBe(true);
      expect(ids.has(r[":END_ID"])).toBe(true);
    }
  });

  it("gives a LOAD CSV script and a README naming the import commands", () => {
    const files = snapshotToNeo4j(loadHostile());
    expect(files["import.cypher"]).toContain("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'");
    expect(files["import.cypher"]).toContain("MERGE (a)-[r:DEVELOPS]->(b)");
    expect(files["README.txt"]).toContain("neo4j-admin database import full");
    expect(files["README.txt"]).toContain("--multiline-fields=true");
  });
});

describe("snapshotToJson", () => {
  it("keeps the whole snapshot when no view is given, and it restores", () => {
    const snapshot = loadHostile();
    expect(restoreSnapshot(JSON.parse(snapshotToJson(snapshot)))).toEqual(snapshot);
  });

  it("keeps only the visible nodes and the records that still apply, plus the view state", () => {
    const snapshot = loadHostile();
    const json = snapshotToJson(snapshot, {
      nodeIds: ["t:0000000a", "e:tidb", "e:pingcap"],
      state: { focus: "e:tidb", depth: 1 },
    });
    const data = JSON.parse(json) as Snapshot & { view: unknown };
    const view = restoreSnapshot(data);
    expect(data.view).toEqual({ focus: "e:tidb", depth: 1 });
    expect(view.talks.map((t) => t.id)).toEqual(["t:0000000a"]);
    expect(view.entities.map((e) => e.id)).toEqual(["e:tidb", "e:pingcap"]);
    expect(view.mentions.map((m) => m.entity).sort()).toEqual(["e:pingcap", "e:tidb"]);
    expect(view.relations).toHaveLength(1);
    expect(view.graph.edges.map((e) => e.key).sort()).toEqual([
      "e:pingcap|develops|e:tidb",
      "t:0000000a|e:pingcap",
      "t:0000000a|e:tidb",
    ]);
    expect(view.related).toEqual({});
    expect(view.communities.map((c) => [c.id, c.size])).toEqual([[0, 3]]);
  });

  it("ignores ids that are not in the graph", () => {
    expect(filterSnapshot(loadHostile(), ["nope"]).graph.nodes).toEqual([]);
  });
});

describe("zipFiles and exportSnapshot bundles", () => {
  it("zips files that unzip to the same text, with the same bytes every time", () => {
    const files = snapshotToCsv(loadHostile());
    const zip = zipFiles(files);
    expect([...zip.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual(["edges.csv", "nodes.csv"]);
    // Bytes, not text: a decoder would swallow the byte-order mark.
    expect(back["nodes.csv"]).toEqual(new TextEncoder().encode(files["nodes.csv"]));
    expect(strFromU8(back["edges.csv"] ?? new Uint8Array())).toBe(stripBom(files["edges.csv"]));
    expect(zipFiles(files)).toEqual(zip);
  });

  it("bundles the Neo4j files in one zip", () => {
    const result = exportSnapshot(loadHostile(), "neo4j");
    expect(result.suffix).toBe("-neo4j.zip");
    expect(Object.keys(unzipSync(result.data as Uint8Array)).sort()).toEqual([
      "README.txt",
      "import.cypher",
      "nodes.csv",
      "relationships.csv",
    ]);
  });
});

describe("sanitizeFileName", () => {
  it("falls back when nothing usable is left", () => {
    expect(sanitizeFileName("")).toBe("talkgraph");
    expect(sanitizeFileName("../..")).toBe("talkgraph");
    expect(sanitizeFileName("\u0000/\\")).toBe("talkgraph");
  });

  it("removes separators and characters Windows forbids, keeps Chinese", () => {
    expect(sanitizeFileName('QCon北京2018: <script>"a/b\\c"?*|')).toBe(
      "QCon北京2018_ _script__a_b_c____",
    );
    expect(sanitizeFileName("con")).toBe("_con");
    expect(sanitizeFileName("微服务\n架构")).toBe("微服务 架构");
  });
});

describe("CSV on the real seed snapshot", () => {
  let seed: Snapshot;
  beforeAll(async () => {
    seed = await loadSeed();
  });

  it("has one row per graph node and edge, every row as wide as the header", () => {
    const files = snapshotToCsv(seed);
    expect(csvRecords(stripBom(files["nodes.csv"]))).toHaveLength(seed.graph.nodes.length);
    expect(csvRecords(stripBom(files["edges.csv"]))).toHaveLength(seed.graph.edges.length);
    const titles = new Set(csvRecords(stripBom(files["nodes.csv"])).map((r) => r["label"]));
    for (const talk of seed.talks) expect(titles.has(talk.title)).toBe(true);
  });
});
