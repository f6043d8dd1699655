import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { formatEvalReport, parseGold, scoreSnapshot } from "../../src/core/eval";
import type { ScoredSnapshot } from "../../src/core/eval";
import {
  CORPUS_GOLD,
  HOLDOUT2_GOLD,
  HOLDOUT3_GOLD,
  HOLDOUT4_GOLD,
  HOLDOUT5_GOLD,
  BLIND_GOLD,
  BLIND2_GOLD,
  HOLDOUT_GOLD,
  SEED_GOLD,
  corpusTalks,
  realLexicon,
  seedTalks,
  snapshotOf,
} from "./extract-fixture";

const gold = parseGold({
  talks: [
    {
      n: 1,
      title: "构建强一致性分布式数据库 TiDB",
      speaker: "沈泰宁",
      must: [
        { name: "TiDB", type: "technology" },
        { name: "grpc-rs", type: "technology", alt: ["gRPC"] },
        { name: "高可用", type: "concept" },
      ],
      ok: ["Rust"],
    },
  ],
  shared: [{ entity: "TiDB", talks: [1] }],
});

function snapshot(entities: [string, string, string[]][]): ScoredSnapshot {
  return {
    talks: [
      {
        id: "t:1",
        title: "构建强一致性分布式数据库  TiDB",
        speaker: "沈泰宁",
        source: "s",
        text: "",
      },
    ],
    entities: entities.map(([name, type, aliases]) => ({
      id: `e:${name}`,
      name,
      type: type as "technology",
      aliases,
      origin: "lexicon" as const,
    })),
    mentions: entities.map(([name]) => ({
      talk: "t:1",
      entity: `e:${name}`,
      count: 1,
      inTitle: false,
      evidence: [],
    })),
  };
}

describe("parseGold", () => {
  it("rejects a gold file without talks, naming the file and the path", () => {
    expect(() => parseGold({ talks: [] }, "x.json")).toThrow(/eval: x\.json: talks/);
    expect(() =>
      parseGold({ talks: [{ n: 1, title: "t", must: [{ name: "a" }] }] }, "x.json"),
    ).toThrow(/talks\.0\.must\.0\.type/);
  });
});

describe("scoreSnapshot", () => {
  it("scores nothing found as zero recall and reports unmatched titles", () => {
    const r = scoreSnapshot({ talks: [], entities: [], mentions: [] }, gold);
    expect(r).toMatchObject({
      matchedTalks: 0,
      recall: 0,
      unmatchedTitles: ["构建强一致性分布式数据库 TiDB"],
    });
    expect(r.shared.ok).toBe(0);
    // Blind mode (limit 0) gives the figures and names nothing, not even the failed link.
    expect(formatEvalReport(r)).toMatch(/TiDB: not one entity linked/);
    const blind = formatEvalReport(r, 0);
    expect(blind).toMatch(/shared links +0\/1/);
    expect(blind).not.toMatch(/not one entity|高可用|grpc/);
  });

  it("counts alternatives and aliases as matches, ok terms as correct, others as false positives", () => {
    const r = scoreSnapshot(
      snapshot([
        ["TiDB", "technology", []],
        ["gRPC", "concept", []],
        ["Rust", "technology", []],
        ["测试", "concept", ["testing"]],
      ]),
      gold,
    );
    expect(r.matchedTalks).toBe(1);
    expect(r.precision).toBe(3 / 4);
    expect(r.recall).toBe(2 / 3);
    expect(r.typeAccuracy).toBe(1 / 2);
    expect(r.falsePositives.map((f) => f.entity)).toEqual(["测试"]);
    expect(r.misses.map((m) => m.entity)).toEqual(["高可用"]);
    expect(r.shared).toEqual({ ok: 1, total: 1, failed: [] });
    expect(formatEvalReport(r)).toMatch(/precision +0\.750 +\(3\/4 linked entities\) +below 0\.9/);
  });
});

describe("the extractor on real talks", () => {
  const lexicon = realLexicon();

  it("meets the targets on the seed listing (precision, recall, types ≥ 0.90; 12/12 shared links)", () => {
    const seedGold = parseGold(JSON.parse(readFileSync(SEED_GOLD, "utf8")), SEED_GOLD);
    const r = scoreSnapshot(snapshotOf(seedTalks(), lexicon), seedGold);
    console.log(`seed gold\n${formatEvalReport(r, 10)}`);
    expect(r.matchedTalks).toBe(10);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.typeAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.shared.failed).toEqual([]);
  });

  /** Scores the extractor on a gold file of corpus records (ids in talks[].id) and prints it. */
  function scoreCorpusGold(path: string, files: string[], listed = 30) {
    const raw = JSON.parse(readFileSync(path, "utf8")) as {
      talks: { id: string; title: string }[];
    };
    const talks = corpusTalks(raw.talks, files);
    const r = scoreSnapshot(snapshotOf(talks, lexicon), parseGold(raw, path));
    console.log(`${path}\n${formatEvalReport(r, listed)}`);
    expect(r.matchedTalks).toBe(raw.talks.length);
    return r;
  }

  it("stays precise on hand-annotated corpus talks it was not tuned on", () => {
    const r = scoreCorpusGold(CORPUS_GOLD, [
      "ddd-china-2019-2020.jsonl",
      "pyconchina-2019-2021-2023.jsonl",
      "sofastack-transcripts.jsonl",
      "talkgo-night-notes.jsonl",
    ]);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    // Recall is bounded by the lexicon's coverage (see the misses printed above).
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
  });

  it("stays precise on a hold-out annotation whose first misses guided the lexicon", () => {
    const r = scoreCorpusGold(HOLDOUT_GOLD, [
      "ddd-china-2019-2020.jsonl",
      "pyconchina-2019-2021-2023.jsonl",
      "sofastack-transcripts.jsonl",
      "sofastack-talks.jsonl",
      "talkgo-night-notes.jsonl",
    ]);
    expect(r.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
  });

  const ALL_FILES = [
    "ddd-china-2019-2020.jsonl",
    "pyconchina-2019-2021-2023.jsonl",
    "sofastack-transcripts.jsonl",
    "sofastack-talks.jsonl",
    "talkgo-night-notes.jsonl",
  ];

  // Blind annotations, each scored once before anything was changed for it; their misses then
  // guided work (PyCon bio titles, co-speakers, DDD and TCC terms), so they are regression
  // floors now, not measures of unseen talks. The README gives the blind figures.
  it("keeps the second hold-out at the unseen-talk targets (blind: recall 0.785)", () => {
    const r = scoreCorpusGold(HOLDOUT2_GOLD, ALL_FILES);
    expect(r.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps the fourth hold-out at the unseen-talk targets (blind: recall 0.698)", () => {
    // Its misses guided lexicon work from 2026-12-06, so it is a regression floor now.
    const r = scoreCorpusGold(HOLDOUT4_GOLD, ALL_FILES);
    expect(r.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps the fifth hold-out at the unseen-talk targets (blind: recall 0.824)", () => {
    const r = scoreCorpusGold(HOLDOUT5_GOLD, ALL_FILES);
    expect(r.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
  });

  // The clean measures of unseen talks: blind annotations never tuned on, misses never printed.
  // The issue aims at precision ≥ 0.85 and recall ≥ 0.80 there; floors a little below each
  // file's figures, so a regression shows without making the floor a target to tune for.
  it("measures unseen talks on a blind annotation (holdout6, misses not printed)", () => {
    const r = scoreCorpusGold(BLIND_GOLD, ALL_FILES, 0);
    // First scored 2026-12-05: precision 0.856, recall 0.799; 2026-12-06 after the lexicon
    // grew to 3,954 entries: 0.862 / 0.805 (full run), 0.867 / 0.805 here.
    expect(r.precision).toBeGreaterThanOrEqual(0.82);
    expect(r.recall).toBeGreaterThanOrEqual(0.76);
  });

  it("measures unseen talks on a second blind annotation (holdout7, misses not printed)", () => {
    const r = scoreCorpusGold(BLIND2_GOLD, ALL_FILES, 0);
    // First scored 2026-12-06 (after the speaker fixes, before the lexicon work): precision
    // 0.892, recall 0.815; then 0.894 / 0.824 (full run), 0.901 / 0.815 here.
    expect(r.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.recall).toBeGreaterThanOrEqual(0.78);
  });

  it("keeps the third hold-out at the unseen-talk targets (blind: recall 0.744)", () => {
    const r = scoreCorpusGold(HOLDOUT3_GOLD, ALL_FILES);
    expect(r.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
  });
});
