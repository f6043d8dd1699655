// Benchmark of the knowledge-graph stages on seeded synthetic corpora of 1k and 10k talks:
// time and memory per stage (build, co-occurrence, analytics, communities, related, layout,
// serialise). Target on a 2-core machine: 10k talks end to end under 60 s and under 2 GB.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import seedrandom from "seedrandom";
import { buildKnowledgeGraph } from "../../src/core/graph";
import type { GraphInput } from "../../src/core/graph/build";
import type {
  Entity,
  EntityType,
  Mention,
  Relation,
  RelationType,
  Talk,
} from "../../src/core/types";
import { RELATION_TYPES } from "../../src/core/types";

const LEXICON_DIR = "data/lexicon";
const SEED_LISTING = "data/seed/000_273db00fd3d303de.txt";
const SIZES = [1_000, 10_000];
const TOPICS = 60;

interface Vocabulary {
  entities: Entity[];
  relations: Relation[];
  source: string;
}

const entityId = (name: string) => `e:${name.normalize("NFKC").toLowerCase().replace(/\s+/g, "-")}`;

/** Lexicon entries when the lexicon exists, else a generated vocabulary of 3,000 terms. */
function loadVocabulary(rng: () => number): Vocabulary {
  const files = existsSync(LEXICON_DIR)
    ? readdirSync(LEXICON_DIR)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  const byId = new Map<string, Entity>();
  const relations: Relation[] = [];
  for (const file of files) {
    const data = JSON.parse(readFileSync(join(LEXICON_DIR, file), "utf8")) as {
      entries?: {
        name: string;
        type: EntityType;
        relations?: { type: RelationType; target: string }[];
      }[];
    };
    for (const entry of data.entries ?? []) {
      const id = entityId(entry.name);
      byId.set(id, { id, name: entry.name, type: entry.type, aliases: [], origin: "lexicon" });
      for (const r of entry.relations ?? []) {
        relations.push({ source: id, target: entityId(r.target), type: r.type });
      }
    }
  }
  if (byId.size >= 200)
    return { entities: [...byId.values()], relations, source: `${files.length} lexicon files` };
  const types: EntityType[] = [
    "technology",
    "technology",
    "product",
    "concept",
    "concept",
    "domain",
    "company",
  ];
  const entities: Entity[] = Array.from({ length: 3000 }, (_, i) => {
    const name = `term-${i}`;
    return {
      id: entityId(name),
      name,
      type: types[i % types.length]!,
      aliases: [],
      origin: "lexicon",
    };
  });
  const generated: Relation[] = Array.from({ length: 600 }, () => ({
    source: entities[Math.floor(rng() * entities.length)]!.id,
    target: entities[Math.floor(rng() * entities.length)]!.id,
    type: RELATION_TYPES[Math.floor(rng() * RELATION_TYPES.length)]!,
  }));
  return { entities, relations: generated, source: "generated vocabulary (no lexicon found)" };
}

/** Zipf(s = 1) sampler over ranks 0..n−1 by binary search on the cumulative weights. */
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

/**
 * Talks draw ~8–40 entities, 70% from their topic's own Zipf-ordered slice of the vocabulary
 * and 30% from the global Zipf order, plus a speaker (some speak several times) and an event.
 */
export function generateCorpus(
  talkCount: number,
  seed = "bench",
): GraphInput & { vocabulary: string } {
  const rng = seedrandom(`${seed}:${talkCount}`);
  const vocabulary = loadVocabulary(rng);
  const lines = existsSync(SEED_LISTING)
    ? readFileSync(SEED_LISTING, "utf8")
        .split("\n")
        .filter((l) => l.trim().length > 20)
    : ["微服务 架构 数据库 分布式 系统 实践"];
  const topical = vocabulary.entities.filter((e) => e.type !== "person" && e.type !== "event");
  const global = zipfSampler(topical.length, rng);
  const topicSize = Math.max(20, Math.floor(topical.length / 10));
  const inTopic = zipfSampler(topicSize, rng);
  const topicOffset = Array.from({ length: TOPICS }, () => Math.floor(rng() * topical.length));
  const speakers: Entity[] = Array.from({ length: Math.ceil(talkCount / 3) }, (_, i) => ({
    id: `e:speaker-${i}`,
    name: `讲者${i}`,
    type: "person",
    aliases: [],
    origin: "metadata",
  }));
  const events: Entity[] = Array.from({ length: 40 }, (_, i) => ({
    id: `e:event-${i}`,
    name: `QCon ${2000 + i}`,
    type: "event",
    aliases: [],
    origin: "metadata",
  }));
  const talks: Talk[] = [];
  const mentions: Mention[] = [];
  for (let t = 0; t < talkCount; t++) {
    const id = `t:${((t * 2654435761) >>> 0).toString(16).padStart(8, "0")}`;
    const topic = Math.floor(rng() * TOPICS);
    const chosen = new Map<string, number>();
    const wanted = 8 + Math.floor(32 * rng() ** 2);
    for (let k = 0; k < wanted * 2 && chosen.size < wanted; k++) {
      const index = rng() < 0.7 ? (topicOffset[topic]! + inTopic()) % topical.length : global();
      const entity = topical[index]!;
      // Zipf-like counts: the k-th entity drawn is mentioned about 20/k times.
      if (!chosen.has(entity.id))
        chosen.set(entity.id, Math.max(1, Math.round((20 / (chosen.size + 1)) * (0.5 + rng()))));
    }
    const speaker = speakers[Math.floor(speakers.length * rng() ** 1.5)]!;
    const event = events[Math.floor(rng() * events.length)]!;
    chosen.set(speaker.id, 1);
    chosen.set(event.id, 1);
    const names = [...chosen.keys()].slice(0, 2).map((e) => e.slice(2));
    const text = lines[t % lines.length]!.slice(0, 400);
    talks.push({
      id,
      title: `${names.join(" 与 ")} 实践 ${t}`,
      speaker: speaker.name,
      event: event.name,
      source: "bench",
      text,
    });
    let rank = 0;
    for (const [entity, count] of chosen) {
      const start = Math.floor(rng() * Math.max(1, text.length - 60));
      mentions.push({
        talk: id,
        entity,
        count,
        inTitle: rank++ < 2,
        evidence: [{ text: text.slice(start, start + 60) }],
      });
    }
  }
  const used = new Set(mentions.map((m) => m.entity));
  const entities = [...vocabulary.entities, ...speakers, ...events].filter((e) => used.has(e.id));
  return {
    talks,
    entities,
    mentions,
    relations: vocabulary.relations,
    vocabulary: vocabulary.source,
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export async function benchGraph(): Promise<string[]> {
  const lines: string[] = [];
  for (const size of SIZES) {
    const corpus = generateCorpus(size);
    (globalThis as { gc?: () => void }).gc?.();
    lines.push(
      `corpus ${size} talks: ${corpus.entities.length} entities, ${corpus.mentions.length} mentions, ` +
        `${corpus.relations.length} relations (${corpus.vocabulary})`,
    );
    const rows: { stage: string; ms: number; cpu: number; heap: number; rss: number }[] = [];
    // CPU time beside wall time: the machine is shared, and wall time counts others' work too.
    let cpu = process.cpuUsage();
    const cpuStart = cpu;
    let last = performance.now();
    let heap = process.memoryUsage().heapUsed;
    const start = last;
    const mark = (stage: string) => {
      const now = performance.now();
      const memory = process.memoryUsage();
      // maxRSS is the process's peak so far (kB): it catches transient peaks inside a stage.
      const used = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      rows.push({
        stage,
        ms: now - last,
        cpu: (used.user + used.system) / 1000,
        heap: memory.heapUsed - heap,
        rss: process.resourceUsage().maxRSS * 1024,
      });
      last = now;
      heap = memory.heapUsed;
    };
    const result = buildKnowledgeGraph(corpus, {}, mark);
    const json = JSON.stringify(result);
    mark("json.stringify");
    const total = performance.now() - start;
    const cpuTotal = process.cpuUsage(cpuStart);
    for (const row of rows) {
      lines.push(
        `  ${row.stage.padEnd(14)} ${row.ms.toFixed(0).padStart(7)} ms wall ${row.cpu.toFixed(0).padStart(7)} ms cpu  heap ${row.heap >= 0 ? "+" : ""}${mb(row.heap).padStart(7)}  peak rss ${mb(row.rss)}`,
      );
    }
    const peak = Math.max(...rows.map((r) => r.rss));
    const g = result.graph;
    const cooc = g.edges.filter((e) => e.key?.startsWith("c:")).length;
    lines.push(
      `  total ${(total / 1000).toFixed(1)} s wall, ${((cpuTotal.user + cpuTotal.system) / 1e6).toFixed(1)} s cpu ` +
        `(target < 60 s: ${(total / 60_000).toFixed(2)} of it), ` +
        `peak rss ${mb(peak)} (target < 2 GB: ${(peak / 2 ** 31).toFixed(2)} of it)`,
    );
    lines.push(
      `  graph ${g.nodes.length} nodes, ${g.edges.length} edges (${cooc} co-occurrence), ` +
        `${result.communities.length} communities, snapshot part ${mb(json.length)} of JSON`,
    );
  }
  return lines;
}
