// Checks the curated lexicon data itself (data/lexicon/*.json), not the code that reads it:
// each of the company / concept / domain / event files holds only its own type, no alias is a
// generic word that would match every talk, and every relation target is an existing entry.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it, expect } from "vitest";
import { termKey, validateLexicon } from "../../src/core/lexicon";
import type { EntityType, LexiconEntry } from "../../src/core/types";

const LEXICON_DIR = join(import.meta.dirname, "../../data/lexicon");
const GOLD_PATH = "/work/shared/eval/seed-gold.json";

/** The four files of this half of the lexicon and the entity type each may hold. */
const FILE_TYPES: Record<string, EntityType> = {
  "companies.json": "company",
  "concepts.json": "concept",
  "domains.json": "domain",
  "events.json": "event",
};

/** Words that occur in almost every talk: as a name or alias they would tie all talks together. */
const GENERIC_WORDS = [
  "系统",
  "服务",
  "业务",
  "设计",
  "平台",
  "架构",
  "数据",
  "应用",
  "管理",
  "技术",
  "开发",
  "实践",
  "方案",
  "问题",
  "能力",
  "功能",
  "模块",
  "用户",
  "场景",
  "产品",
  "项目",
  "团队",
  "公司",
  "代码",
  "框架",
  "组件",
  "接口",
  "性能",
  "分布式",
  "安全",
  "测试",
  "运维",
  "互联网",
  "行业",
  "领域",
  "What",
  "How",
  "Why",
  "The",
  "Introduction",
  "Overview",
  "Summary",
  "Agenda",
  "Demo",
  "API",
  "App",
];
const GENERIC_KEYS = new Set(GENERIC_WORDS.map(termKey));

interface LexiconFile {
  path: string;
  entries: LexiconEntry[];
}

function readLexiconDir(dir: string): LexiconFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const data = JSON.parse(readFileSync(join(dir, name), "utf8")) as { entries: LexiconEntry[] };
      return { path: name, entries: data.entries };
    });
}

/** Names and aliases of an entry that are generic words. */
function genericTerms(entry: LexiconEntry): string[] {
  return [entry.name, ...(entry.aliases ?? [])].filter((t) => GENERIC_KEYS.has(termKey(t)));
}

/** "file: entry → target" for every relation whose target is no entry's name or alias. */
function danglingRelations(files: LexiconFile[]): string[] {
  const known = new Set(
    files.flatMap((f) => f.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])].map(termKey))),
  );
  return files.flatMap((f) =>
    f.entries.flatMap((e) =>
      (e.relations ?? [])
        .filter((r) => !known.has(termKey(r.target)))
        .map((r) => `${f.path}: ${e.name} → ${r.target}`),
    ),
  );
}

const files = readLexiconDir(LEXICON_DIR);
const ownFiles = files.filter((f) => f.path in FILE_TYPES);

describe("the curated lexicon (company, concept, domain, event files)", () => {
  it("flags generic words and dangling targets in a hand-built bad file", () => {
    const bad: LexiconEntry = {
      name: "服务网格",
      type: "concept",
      aliases: ["服务", "Service Mesh", "how"],
      description: "x",
      relations: [{ type: "uses", target: "NoSuchEntry" }],
    };
    expect(genericTerms(bad)).toEqual(["服务", "how"]);
    expect(danglingRelations([{ path: "bad.json", entries: [bad] }])).toEqual([
      "bad.json: 服务网格 → NoSuchEntry",
    ]);
  });

  it("has all four files, with at least 260 entries between them", () => {
    expect(ownFiles.map((f) => f.path)).toEqual(Object.keys(FILE_TYPES).sort());
    const total = ownFiles.reduce((n, f) => n + f.entries.length, 0);
    expect(total).toBeGreaterThanOrEqual(260);
  });

  it("keeps only the type a file is for in each of the four files", () => {
    const misplaced = ownFiles.flatMap((f) =>
      f.entries
        .filter((e) => e.type !== FILE_TYPES[f.path])
        .map((e) => `${f.path}: ${e.name} (${e.type})`),
    );
    expect(misplaced).toEqual([]);
  });

  it("uses no generic word as a name or alias", () => {
    const generic = ownFiles.flatMap((f) =>
      f.entries.flatMap((e) => genericTerms(e).map((t) => `${e.name}: ${t}`)),
    );
    expect(generic).toEqual([]);
  });

  it("gives every entry a one-line description, and context words only when it has some", () => {
    const bad = ownFiles.flatMap((f) =>
      f.entries
        .filter(
          (e) =>
            e.description.trim() === "" || e.description.includes("\n") || e.context?.length === 0,
        )
        .map((e) => e.name),
    );
    expect(bad).toEqual([]);
  });

  it("points every relation in any lexicon file at an existing entry", () => {
    expect(danglingRelations(files)).toEqual([]);
  });

  it("names relation targets in the four files by their canonical name", () => {
    const names = new Set(files.flatMap((f) => f.entries.map((e) => e.name)));
    const byAlias = ownFiles.flatMap((f) =>
      f.entries.flatMap((e) =>
        (e.relations ?? [])
          .filter((r) => !names.has(r.target))
          .map((r) => `${e.name} → ${r.target}`),
      ),
    );
    expect(byAlias).toEqual([]);
  });

  it("loads through validateLexicon with no name or alias claimed twice", () => {
    const lexicon = validateLexicon(
      files.map((f) => ({ path: f.path, data: { entries: f.entries } })),
    );
    expect(lexicon.byKey.get(termKey("DDD"))?.name).toBe("领域驱动设计");
    expect(lexicon.byKey.get(termKey("服务网格"))?.name).toBe("Service Mesh");
    expect(lexicon.byKey.get(termKey("蚂蚁金服"))?.name).toBe("蚂蚁集团");
  });

  it("knows every company, concept and domain the seed's gold expects, by name or accepted alternative", () => {
    const gold = JSON.parse(readFileSync(GOLD_PATH, "utf8")) as {
      talks: { n: number; must: { name: string; type: string; alt: string[] }[] }[];
    };
    const keys = new Set(
      files.flatMap((f) => f.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])].map(termKey))),
    );
    const own = new Set<string>(["company", "concept", "domain"]);
    const unknown = gold.talks.flatMap((t) =>
      t.must
        .filter((m) => m.type.split("|").some((ty) => own.has(ty)))
        .filter((m) => ![m.name, ...m.alt].some((n) => keys.has(termKey(n))))
        .map((m) => `talk ${t.n}: ${m.name}`),
    );
    expect(unknown).toEqual([]);
  });

  it("names the series of each event edition in the seed's gold (QCon北京2018 → QCon)", () => {
    const events = ownFiles.find((f) => f.path === "events.json")!.entries;
    const seriesOf = (edition: string) =>
      events.find((e) =>
        [e.name, ...(e.aliases ?? [])].some((n) => termKey(edition).startsWith(termKey(n))),
      )?.name;
    expect(seriesOf("QCon北京2018")).toBe("QCon");
    expect(seriesOf("DDD China 2020 领域驱动设计峰会")).toBe("DDD China");
    expect(seriesOf("SOFAStack Meetup#7 合肥站")).toBe("SOFAMeetup");
    expect(seriesOf("Go 夜读 第 157 期")).toBe("Go 夜读");
    expect(seriesOf("PyCon China 2019 上海")).toBe("PyCon China");
  });
});
