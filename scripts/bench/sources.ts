// Source reading benchmark: a seeded archive of 1,000 talk files (md, txt, json) in a temp dir,
// read cold (empty cache) and warm (every file cached), after one untimed pass that loads
// modules and warms the JIT; then the whole run. The target (issue 7): a re-run over the
// unchanged archive at least 10× faster than the first run. Reading alone is shown for where
// the time goes: its warm read still parses 1,000 cache entries.
// Returns the lines `npm run bench -- sources` prints.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import seedrandom from "seedrandom";
import { readSources } from "../../src/node/sources";
import { buildSnapshotFromPaths } from "../../src/node/build";

const FILES = 1000;
const SEED = "talkgraph-sources-bench";
const TARGET_RATIO = 10;
const ROUNDS = 3;

const TERMS = [
  "Kubernetes",
  "Service Mesh",
  "TiDB",
  "Kafka",
  "微服务",
  "领域驱动设计",
  "可观测性",
  "Istio",
  "Flink",
  "Go",
  "Rust",
  "中台",
  "容器",
  "分布式事务",
  "链路追踪",
];
const FILLER = "本次分享介绍我们在生产环境中的实践经验，包括架构演进、踩过的坑以及后续规划。";

function makeArchive(dir: string): void {
  const rng = seedrandom(SEED);
  const pick = <T>(items: T[]): T => items[Math.floor(rng() * items.length)]!;
  const paragraph = (): string =>
    Array.from({ length: 4 + Math.floor(rng() * 12) }, () => `${pick(TERMS)}：${FILLER}`).join("");
  for (let i = 0; i < FILES; i++) {
    const folder = join(dir, `event-${String(i % 20).padStart(2, "0")}`);
    mkdirSync(folder, { recursive: true });
    const title = `${pick(TERMS)} 与 ${pick(TERMS)} 的实践 #${i}`;
    const speaker = `讲师${Math.floor(rng() * 300)}`;
    const kind = i % 3;
    if (kind === 0) {
      const front = `---\ntitle: ${title}\nspeaker: ${speaker}\ntags: [${pick(TERMS)}]\n---\n`;
      writeFileSync(join(folder, `talk-${i}.md`), `${front}\n${paragraph()}\n\n${paragraph()}\n`);
    } else if (kind === 1) {
      writeFileSync(join(folder, `talk-${i}.txt`), `# ${title}\n\n${paragraph()}\n`);
    } else {
      const records = Array.from({ length: 1 + Math.floor(rng() * 3) }, (_, k) => ({
        title: `${title}.${k}`,
        speaker,
        year: 2018 + Math.floor(rng() * 6),
        abstract: paragraph(),
      }));
      writeFileSync(join(folder, `talks-${i}.json`), JSON.stringify(records, null, 2));
    }
  }
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchSources(): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), "talkgraph-bench-sources-"));
  try {
    const archive = join(root, "archive");
    makeArchive(archive);
    // A throwaway pass first, so "cold" measures reading, not module loading and JIT warm-up.
    const talks = (await readSources([archive])).talks.length;
    const cold: number[] = [];
    const warm: number[] = [];
    const uncached: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const cacheDir = join(root, `cache-${round}`);
      cold.push(await timed(() => readSources([archive], { cacheDir })));
      warm.push(await timed(() => readSources([archive], { cacheDir })));
      uncached.push(await timed(() => readSources([archive])));
    }
    const ratio = median(cold) / median(warm);
    return [
      `archive: ${FILES} files (md/txt/json, seed "${SEED}"), ${talks} talks; medians of ${ROUNDS} rounds`,
      `no cache:           ${median(uncached).toFixed(0)} ms`,
      `cold (empty cache): ${median(cold).toFixed(0)} ms (reads, parses and writes the cache)`,
      `warm (all cached):  ${median(warm).toFixed(0)} ms`,
      `ratio cold/warm (reading only): ${ratio.toFixed(1)}×; ` +
        `no-cache/warm: ${(median(uncached) / median(warm)).toFixed(1)}×`,
      ...(await benchWholeRun(root, archive)),
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * The whole extraction run (read, extract, graph, layout) on the same archive: first run with an
 * empty cache, re-run unchanged, and a re-run after one file changed (which must rebuild).
 */
async function benchWholeRun(root: string, archive: string): Promise<string[]> {
  const cacheDir = join(root, "cache-run");
  let first = 0;
  const cold = await timed(async () => {
    first = (await buildSnapshotFromPaths([archive], { cacheDir })).snapshot.talks.length;
  });
  let reused = false;
  const warm = await timed(async () => {
    reused = (await buildSnapshotFromPaths([archive], { cacheDir })).cached;
  });
  writeFileSync(join(archive, "changed.md"), "# 新增的演讲\n\n用 Kafka 和 Flink 做实时计算。\n");
  let rebuilt = false;
  const changed = await timed(async () => {
    rebuilt = !(await buildSnapshotFromPaths([archive], { cacheDir })).cached;
  });
  const ratio = cold / warm;
  return [
    `whole run (read + extract + graph), ${first} talks:`,
    `  first run:          ${cold.toFixed(0)} ms`,
    `  unchanged re-run:   ${warm.toFixed(0)} ms (${reused ? "reused the last run" : "REBUILT"})`,
    `  one file changed:   ${changed.toFixed(0)} ms (${rebuilt ? "rebuilt" : "WRONGLY REUSED"})`,
    `  ratio first/unchanged: ${ratio.toFixed(1)}× (${ratio >= TARGET_RATIO ? "meets" : "MISSES"} the ${TARGET_RATIO}× target)`,
  ];
}
