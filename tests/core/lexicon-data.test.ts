// Checks the curated lexicon data as a whole (every data/lexicon/*.json, whoever writes it):
// each file parses, each entry is well-formed, no spelling stands for two entries and every
// relation names an entry. The technology/product half is also checked against the seed listing.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it, expect } from "vitest";
import { termKey, validateLexicon } from "../../src/core/lexicon";
import { parseListing } from "../../src/core/listing";
import { ENTITY_TYPES, RELATION_TYPES } from "../../src/core/types";
import type { LexiconEntry } from "../../src/core/types";

const LEXICON_DIR = join(import.meta.dirname, "../../data/lexicon");
const SEED_PATH = join(import.meta.dirname, "../../data/seed/000_273db00fd3d303de.txt");

interface RawFile {
  path: string;
  data: unknown;
}

/** Every lexicon file, parsed; a file that is not JSON fails here with its name. */
function readLexiconDir(dir: string): RawFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      try {
        return { path: f, data: JSON.parse(text) as unknown };
      } catch (e) {
        throw new Error(`lexicon-data test: ${f} is not valid JSON (${(e as Error).message})`, {
          cause: e,
        });
      }
    });
}

function entriesOf(file: RawFile): unknown[] {
  const entries = (file.data as { entries?: unknown } | null)?.entries;
  return Array.isArray(entries) ? entries : [];
}

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const isTextList = (v: unknown): boolean => Array.isArray(v) && v.every(isText);

/** What is wrong with the shape of each file and entry, one line per problem. */
function shapeProblems(files: RawFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    if (!Array.isArray((file.data as { entries?: unknown } | null)?.entries)) {
      problems.push(`${file.path}: no "entries" array`);
    }
    entriesOf(file).forEach((raw, i) => {
      const e = raw as Partial<Record<keyof LexiconEntry, unknown>>;
      const at = `${file.path}#${i} ${JSON.stringify(e.name)}`;
      if (!isText(e.name)) problems.push(`${at}: no name`);
      if (!(ENTITY_TYPES as readonly unknown[]).includes(e.type)) problems.push(`${at}: bad type`);
      if (!isText(e.description) || e.description.includes("\n")) {
        problems.push(`${at}: description must be one non-empty line`);
      }
      if (e.aliases !== undefined && !isTextList(e.aliases)) problems.push(`${at}: bad aliases`);
      if (e.context !== undefined && (!isTextList(e.context) || (e.context as []).length === 0)) {
        problems.push(`${at}: context must be a non-empty list of words`);
      }
      for (const r of (e.relations ?? []) as { type?: unknown; target?: unknown }[]) {
        if (!(RELATION_TYPES as readonly unknown[]).includes(r.type) || !isText(r.target)) {
          problems.push(`${at}: bad relation ${JSON.stringify(r)}`);
        }
      }
    });
  }
  return problems;
}

/** Spellings (compared by termKey) that two different entries claim, across all files. */
function keyCollisions(files: RawFile[]): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const file of files) {
    entriesOf(file).forEach((raw, i) => {
      const e = raw as LexiconEntry;
      const label = `${file.path}#${i} ${e.name}`;
      for (const key of new Set([e.name, ...(e.aliases ?? [])].map(termKey))) {
        const first = owner.get(key);
        if (first === undefined) owner.set(key, label);
        else problems.push(`"${key}" is claimed by ${first} and ${label}`);
      }
    });
  }
  return problems;
}

/** Relations whose target is not the canonical name of an entry in any file. */
function missingTargets(files: RawFile[]): string[] {
  const names = new Set(files.flatMap((f) => entriesOf(f).map((e) => (e as LexiconEntry).name)));
  return files.flatMap((f) =>
    entriesOf(f).flatMap((raw) => {
      const e = raw as LexiconEntry;
      return (e.relations ?? [])
        .filter((r) => !names.has(r.target))
        .map((r) => `${f.path}: ${e.name} ${r.type} → "${r.target}" names no entry`);
    }),
  );
}

const FILES = readLexiconDir(LEXICON_DIR);
const fileEntries = (name: string): LexiconEntry[] =>
  entriesOf(FILES.find((f) => f.path === name) ?? { path: name, data: {} }) as LexiconEntry[];
const TECHNOLOGIES = fileEntries("technologies.json");
const PRODUCTS = fileEntries("products.json");
const BY_KEY = new Map(
  FILES.flatMap((f) => entriesOf(f) as LexiconEntry[]).flatMap((e) =>
    [e.name, ...(e.aliases ?? [])].map((s) => [termKey(s), e] as const),
  ),
);
const byName = (name: string): LexiconEntry | undefined =>
  [...TECHNOLOGIES, ...PRODUCTS].find((e) => e.name === name);

describe("the lexicon data checks", () => {
  it("report two entries in different files whose names differ only in case and spacing", () => {
    const files: RawFile[] = [
      {
        path: "a.json",
        data: { entries: [{ name: "RabbitMQ", type: "technology", description: "x" }] },
      },
      {
        path: "b.json",
        data: {
          entries: [{ name: "x", aliases: ["Rabbit mq"], type: "product", description: "y" }],
        },
      },
    ];
    expect(keyCollisions(files)).toEqual([
      `"rabbitmq" is claimed by a.json#0 RabbitMQ and b.json#0 x`,
    ]);
  });

  it("report an unknown type, a missing description and a relation to nowhere", () => {
    const files: RawFile[] = [
      { path: "a.json", data: { entries: [{ name: "Go", type: "language" }] } },
      {
        path: "b.json",
        data: {
          entries: [
            {
              name: "TiKV",
              type: "technology",
              description: "kv",
              relations: [{ type: "part-of", target: "TiDB" }],
            },
          ],
        },
      },
      { path: "c.json", data: [] },
    ];
    expect(shapeProblems(files)).toEqual([
      `a.json#0 "Go": bad type`,
      `a.json#0 "Go": description must be one non-empty line`,
      `c.json: no "entries" array`,
    ]);
    expect(missingTargets(files)).toEqual([`b.json: TiKV part-of → "TiDB" names no entry`]);
  });
});

describe("every data/lexicon/*.json file", () => {
  it("is a JSON object with an entries array, technologies.json and products.json among them", () => {
    expect(FILES.map((f) => f.path)).toEqual(
      expect.arrayContaining(["technologies.json", "products.json"]),
    );
    expect(FILES.filter((f) => !Array.isArray((f.data as { entries?: unknown }).entries))).toEqual(
      [],
    );
  });

  it("gives every entry a name, a known type and a one-line description", () => {
    expect(shapeProblems(FILES)).toEqual([]);
  });

  it("never lets one name or alias stand for two entries", () => {
    expect(keyCollisions(FILES)).toEqual([]);
  });

  it("points every relation at the canonical name of an entry", () => {
    expect(missingTargets(FILES)).toEqual([]);
  });

  it("is accepted by validateLexicon as one lexicon", () => {
    expect(() => validateLexicon(FILES)).not.toThrow();
  });
});

describe("technologies.json and products.json", () => {
  it("hold only technology and only product entries, at least 380 in all", () => {
    expect(TECHNOLOGIES.filter((e) => e.type !== "technology").map((e) => e.name)).toEqual([]);
    expect(PRODUCTS.filter((e) => e.type !== "product").map((e) => e.name)).toEqual([]);
    expect(TECHNOLOGIES.length + PRODUCTS.length).toBeGreaterThanOrEqual(380);
  });

  it("do not repeat a spelling that case-insensitive matching already covers", () => {
    const repeats = [...TECHNOLOGIES, ...PRODUCTS].flatMap((e) => {
      const lower = [e.name, ...(e.aliases ?? [])].map((s) => s.toLowerCase());
      return lower.filter((s, i) => lower.indexOf(s) !== i).map((s) => `${e.name}: ${s}`);
    });
    expect(repeats).toEqual([]);
  });

  it("gate one-letter names and names that are common words on context words", () => {
    const ambiguous = [
      "C",
      "R",
      "Go",
      "CAT",
      "Swift",
      "Dart",
      "Spring",
      "Apollo",
      "Sentinel",
      "Zoom",
    ];
    const oneLetter = [...TECHNOLOGIES, ...PRODUCTS].filter((e) => [...e.name].length === 1);
    const ungated = [...ambiguous.map(byName), ...oneLetter].filter((e) => !e?.context?.length);
    expect(ungated).toEqual([]);
  });

  it("let the seed's talk on monitoring count CAT, and none of the other seed talks", () => {
    const { talks } = parseListing(readFileSync(SEED_PATH, "utf8"), "seed.txt");
    const cat = byName("CAT")!;
    const withContext = talks.filter((t) =>
      cat.context!.some((w) => `${t.title}\n${t.text}`.toLowerCase().includes(w.toLowerCase())),
    );
    const mentionsCat = talks.filter((t) => /\bcat\b/i.test(t.text));
    expect(mentionsCat.map((t) => t.title)).toEqual([
      expect.stringContaining("互联网金融系统架构演变"),
    ]);
    expect(withContext).toEqual(expect.arrayContaining(mentionsCat));
  });

  it("resolve the spellings of the seed listing to the entries a careful reader names", () => {
    const seed = readFileSync(SEED_PATH, "utf8");
    // Spelling as written in the seed → canonical name in /work/shared/eval/seed-gold.json.
    const expected: [string, string][] = [
      ["TiDB", "TiDB"],
      ["rust-prometheus", "rust-prometheus"],
      ["grpc-rs", "grpc-rs"],
      ["百度地图", "百度地图"],
      ["今日头条", "今日头条"],
      ["抖音", "抖音"],
      ["微信", "微信"],
      ["快应用", "快应用"],
      ["Webview", "WebView"],
      ["LUA", "Lua"],
      ["zabbix", "Zabbix"],
      ["prometheus", "Prometheus"],
      ["elk", "ELK"],
      ["zipkin", "Zipkin"],
      ["Kafka Spout", "Kafka Spout"],
      ["HTTPS", "HTTPS"],
      ["CDN", "CDN"],
      ["JVM", "JVM"],
      ["APM", "APM"],
      ["ORM", "ORM"],
      ["JAVA", "Java"],
      ["Oracle", "Oracle"],
      ["Nginx", "Nginx"],
      ["keepalived", "Keepalived"],
      ["LVS", "LVS"],
      ["RabbitMq", "RabbitMQ"],
      ["oltp", "OLTP"],
      ["Dockerfile", "Dockerfile"],
      ["GIT", "Git"],
    ];
    const absent = expected.filter(([spelling]) => !seed.includes(spelling));
    expect(absent).toEqual([]);
    const found = expected.map(([spelling]) => BY_KEY.get(termKey(spelling))?.name);
    expect(found).toEqual(expected.map(([, name]) => name));
  });

  it("link the seed's client libraries and parts to the systems they belong to", () => {
    const rel = (name: string) => byName(name)?.relations ?? [];
    expect(rel("rust-prometheus")).toContainEqual({ type: "client-of", target: "Prometheus" });
    expect(rel("grpc-rs")).toContainEqual({ type: "client-of", target: "gRPC" });
    expect(rel("TiKV")).toContainEqual({ type: "part-of", target: "TiDB" });
    expect(rel("Kafka Spout")).toContainEqual({ type: "part-of", target: "Apache Storm" });
  });
});
