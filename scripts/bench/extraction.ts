// Extraction benchmark: ≥ 50 MB of talk text (seeded shuffles of real seed and corpus passages),
// timed through raw nodejieba.cut and through the full extractEntities in the same run. The
// figure that matters is the ratio (target ≤ 1.3×): machines are shared, absolute times drift.
import { readFileSync, readdirSync } from "node:fs";
import seedrandom from "seedrandom";
import { extractEntities } from "../../src/core/extract";
import { lexiconTerms } from "../../src/core/lexicon";
import type { Talk } from "../../src/core/types";
import { createJiebaTokenizer, rawJiebaCut } from "../../src/node/jieba";
import { loadLexiconDir } from "../../src/node/lexicon";

/** 50 MB unless TALKGRAPH_BENCH_MB asks for a smaller run (profiling). */
const TARGET_BYTES = Number(process.env.TALKGRAPH_BENCH_MB ?? 50) * 1024 * 1024;
const TALK_CHARS = 20_000;
const CORPUS_DIR = "../shared/corpus";

/** Paragraphs of real talk text: the seed listing and the corpus records' bodies/abstracts. */
function sourceParagraphs(): string[] {
  const texts = [readFileSync("data/seed/000_273db00fd3d303de.txt", "utf8")];
  for (const name of readdirSync(CORPUS_DIR)
    .filter((n) => n.endsWith(".jsonl"))
    .sort()) {
    for (const line of readFileSync(`${CORPUS_DIR}/${name}`, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { body_markdown?: string; abstract?: string; title?: string };
      texts.push([r.title ?? "", r.body_markdown ?? r.abstract ?? ""].join("\n"));
    }
  }
  return texts.flatMap((t) => t.split(/\n{2,}/u)).filter((p) => p.trim().length > 20);
}

function generateTalks(): { talks: Talk[]; bytes: number } {
  const rng = seedrandom("talkgraph-bench-extraction");
  const paragraphs = sourceParagraphs();
  const talks: Talk[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const parts: string[] = [];
    let chars = 0;
    while (chars < TALK_CHARS) {
      const p = paragraphs[Math.floor(rng() * paragraphs.length)]!;
      parts.push(p);
      chars += p.length;
    }
    const text = parts.join("\n\n");
    const n = talks.length;
    talks.push({
      id: `t:bench${n}`,
      title: parts[0]!.slice(0, 40),
      speaker: `讲者${n % 97}`,
      source: "bench",
      text,
    });
    bytes += Buffer.byteLength(text, "utf8");
  }
  return { talks, bytes };
}

export async function benchExtraction(): Promise<string[]> {
  const lexicon = loadLexiconDir("data/lexicon");
  const tokenizer = createJiebaTokenizer(lexiconTerms(lexicon));
  const { talks, bytes } = generateTalks();
  // Warm both paths on one talk so neither pays jieba's dictionary load.
  rawJiebaCut(talks[0]!.text);
  extractEntities(talks.slice(0, 1), lexicon, tokenizer);

  let start = performance.now();
  let words = 0;
  for (const talk of talks) words += rawJiebaCut(talk.text).length;
  const rawMs = performance.now() - start;

  start = performance.now();
  const result = extractEntities(talks, lexicon, tokenizer);
  const fullMs = performance.now() - start;

  const mb = bytes / 1024 / 1024;
  const ratio = fullMs / rawMs;
  return [
    `text              ${mb.toFixed(1)} MB in ${talks.length} talks (seeded from seed + corpus passages)`,
    `nodejieba.cut     ${(rawMs / 1000).toFixed(2)} s (${words} words, ${(mb / (rawMs / 1000)).toFixed(2)} MB/s)`,
    `extractEntities   ${(fullMs / 1000).toFixed(2)} s (${result.entities.length} entities, ${result.mentions.length} mentions, ${result.candidates.length} candidates)`,
    `ratio             ${ratio.toFixed(2)}× (target ≤ 1.3×) ${ratio <= 1.3 ? "ok" : "ABOVE TARGET"}`,
  ];
}
