// Seeded synthetic talk archives for the explorer benchmark, turned into snapshots by the real
// pipeline (jieba + lexicon + graph), so the browser loads exactly what `npm run extract` writes.
// Titles and text are cut from the real seed listing; the entities named in them are lexicon
// entries, drawn by topic with Zipf-like popularity so the graph has hubs and communities.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import seedrandom from "seedrandom";
import { lexiconTerms } from "../../src/core/lexicon";
import type { Lexicon } from "../../src/core/lexicon";
import { parseListing } from "../../src/core/listing";
import { buildSnapshot } from "../../src/core/pipeline";
import { restoreSnapshot } from "../../src/core/snapshot";
import type { Snapshot } from "../../src/core/snapshot";
import type { LexiconEntry, SourceInfo, TalkInput } from "../../src/core/types";
import { createJiebaTokenizer } from "../../src/node/jieba";
import { loadLexiconDir } from "../../src/node/lexicon";
import { DRAWN_EDGE_KINDS } from "../../src/ui/store/model";

const SEED_LISTING = "data/seed/000_273db00fd3d303de.txt";
const LEXICON_DIR = "data/lexicon";
/** Topics a talk is drawn from; each owns a Zipf-ordered slice of the lexicon. */
const TOPICS = 40;
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华飞鹏辉斌宇浩凯健俊帆晨阳泽昊然宁远";
const TEMPLATES = [
  (a: string, b: string) => `我们在生产环境中使用 ${a} 和 ${b}，`,
  (a: string, b: string) => `${a} 与 ${b} 的架构演进实践。`,
  (a: string, b: string) => `基于 ${a} 构建 ${b} 方案，`,
  (a: string, b: string) => `从 ${a} 迁移到 ${b} 的经验总结。`,
];

export interface BenchSnapshot {
  snapshot: Snapshot;
  talks: number;
  /** What Cytoscape draws: graph nodes plus mention and relation edges. */
  drawnNodes: number;
  drawnEdges: number;
  /** The snapshot graph as stored, co-occurrence edges included. */
  graphNodes: number;
  graphEdges: number;
  /** Wall time of the pipeline stages, ms. */
  stages: Record<string, number>;
}

function zipfSampler(n: number, rng: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) cumulative[r] = total += 1 / (r + 1);
  return () => {
    const target = rng() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const pick = <T>(list: readonly T[], rng: () => number): T =>
  list[Math.floor(rng() * list.length)]!;

/** `talkCount` talk inputs: each a real seed passage plus sentences naming 4–14 lexicon entries. */
export function generateTalkInputs(
  talkCount: number,
  lexicon: Lexicon,
  seed = "explorer-bench",
): TalkInput[] {
  const rng = seedrandom(`${seed}:${talkCount}`);
  const seedTalks = parseListing(readFileSync(SEED_LISTING, "utf8"), SEED_LISTING).talks;
  if (seedTalks.length === 0) throw new Error(`bench explorer: ${SEED_LISTING} has no talks`);
  const topical = lexicon.entries.filter((e) => e.type !== "event" && e.type !== "person");
  const companies = lexicon.entries.filter((e) => e.type === "company");
  const events = lexicon.entries.filter((e) => e.type === "event");
  const global = zipfSampler(topical.length, rng);
  const topicSize = Math.max(20, Math.floor(topical.length / 8));
  const inTopic = zipfSampler(topicSize, rng);
  const topicOffset = Array.from({ length: TOPICS }, () => Math.floor(rng() * topical.length));
  // About three talks per speaker, a few speakers far more often than the rest.
  const speakers = Array.from(
    { length: Math.max(1, Math.ceil(talkCount / 3)) },
    (_, i) =>
      `${pick([...SURNAMES], rng)}${pick([...GIVEN], rng)}${i % 7 === 0 ? "" : pick([...GIVEN], rng)}${i}`,
  );
  const inputs: TalkInput[] = [];
  for (let t = 0; t < talkCount; t++) {
    const base = seedTalks[t % seedTalks.length]!;
    const topic = Math.floor(rng() * TOPICS);
    const wanted = 4 + Math.floor(10 * rng() ** 2);
    const chosen = new Map<string, LexiconEntry>();
    for (let k = 0; k < wanted * 3 && chosen.size < wanted; k++) {
      const index = rng() < 0.7 ? (topicOffset[topic]! + inTopic()) % topical.length : global();
      chosen.set(topical[index]!.name, topical[index]!);
    }
    const names = [...chosen.keys()];
    const start = Math.floor(rng() * Math.max(1, base.text.length - 160));
    const sentences: string[] = [];
    for (let i = 0; i < names.length; i += 2)
      sentences.push(pick(TEMPLATES, rng)(names[i]!, names[i + 1] ?? names[0]!));
    const head = base.title.slice(0, 12 + Math.floor(rng() * 12));
    inputs.push({
      // The index keeps titles (hence talk ids) unique across the archive.
      title: `${names[0]} 与 ${names[1] ?? names[0]}：${head} #${t + 1}`,
      speaker: speakers[Math.floor(speakers.length * rng() ** 1.5)]!,
      company: pick(companies, rng).name,
      event: `${pick(events, rng).name} ${2016 + Math.floor(rng() * 9)}`,
      source: `bench/${String(Math.floor(t / 100)).padStart(3, "0")}.jsonl`,
      text: `${base.text.slice(start, start + 160)}\n${sentences.join("")}`,
    });
  }
  return inputs;
}

let shared: { lexicon: Lexicon; tokenizer: ReturnType<typeof createJiebaTokenizer> } | null = null;

/** Runs the real pipeline on `talkCount` generated talks and checks the result is restorable. */
export function buildBenchSnapshot(talkCount: number, root = "."): BenchSnapshot {
  if (!shared) {
    const lexicon = loadLexiconDir(join(root, LEXICON_DIR));
    shared = { lexicon, tokenizer: createJiebaTokenizer(lexiconTerms(lexicon)) };
  }
  const inputs = generateTalkInputs(talkCount, shared.lexicon);
  const stages: Record<string, number> = {};
  let last = performance.now();
  const perSource = new Map<string, number>();
  for (const i of inputs) perSource.set(i.source, (perSource.get(i.source) ?? 0) + 1);
  const sources: SourceInfo[] = [...perSource].map(([path, talks]) => ({
    path,
    kind: "jsonl",
    talks,
  }));
  const { snapshot } = buildSnapshot({
    inputs,
    sources,
    lexicon: shared.lexicon,
    tokenizer: shared.tokenizer,
    onStage: (stage) => {
      const now = performance.now();
      stages[stage] = now - last;
      last = now;
    },
  });
  // The browser runs restoreSnapshot on load: a snapshot it rejects would measure the error page.
  const restored = restoreSnapshot(JSON.parse(JSON.stringify(snapshot)));
  const drawnEdges = restored.graph.edges.filter((e) =>
    DRAWN_EDGE_KINDS.has(typeof e.attributes?.kind === "string" ? e.attributes.kind : "mention"),
  ).length;
  return {
    snapshot: restored,
    talks: restored.talks.length,
    drawnNodes: restored.graph.nodes.length,
    drawnEdges,
    graphNodes: restored.graph.nodes.length,
    graphEdges: restored.graph.edges.length,
    stages,
  };
}
