// Test helpers for extraction and evaluation: the real lexicon and tokenizer, the seed listing's
// talks and hand-picked corpus records as Talks, and an in-process snapshot (talks, entities,
// mentions) that scoreSnapshot accepts, so the extractor can be scored without the pipeline.
import { readFileSync } from "node:fs";
import { parseListing } from "../../src/core/listing";
import { mergeTalks } from "../../src/core/merge";
import { extractEntities } from "../../src/core/extract";
import type { ExtractOptions } from "../../src/core/extract";
import type { ScoredSnapshot } from "../../src/core/eval";
import { lexiconTerms } from "../../src/core/lexicon";
import type { Lexicon } from "../../src/core/lexicon";
import type { Talk, TalkInput } from "../../src/core/types";
import { repairText } from "../../src/core/text";
import { createJiebaTokenizer } from "../../src/node/jieba";
import { loadLexiconDir } from "../../src/node/lexicon";

export const SEED_LISTING = "data/seed/000_273db00fd3d303de.txt";
export const SEED_GOLD = "../shared/eval/seed-gold.json";
export const CORPUS_GOLD = "tests/fixtures/corpus-gold.json";
export const CORPUS_DIR = "../shared/corpus";

export function realLexicon(): Lexicon {
  return loadLexiconDir("data/lexicon");
}

export function seedTalks(): Talk[] {
  const { talks } = parseListing(readFileSync(SEED_LISTING, "utf8"), SEED_LISTING);
  return mergeTalks(talks);
}

interface CorpusRecord {
  id: string;
  title: string;
  speaker?: string;
  author?: string;
  company?: string;
  event?: string;
  abstract?: string;
  body_markdown?: string;
}

/** Corpus records (by id, from the named JSONL files) as talks: "张三@公司" speakers are split. */
export function corpusTalks(ids: string[], files: string[]): Talk[] {
  const records = new Map<string, CorpusRecord>();
  for (const file of files) {
    for (const line of readFileSync(`${CORPUS_DIR}/${file}`, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as CorpusRecord;
      if (!records.has(r.id)) records.set(r.id, r);
    }
  }
  const inputs: TalkInput[] = ids.map((id) => {
    const r = records.get(id);
    if (!r) throw new Error(`test fixture: corpus record ${id} not found`);
    const [speaker, company] = (r.speaker ?? r.author ?? "").split("@");
    const event = r.event ?? (file(id) === "talkgo" ? "Go 夜读" : undefined);
    return {
      title: repairText(r.title),
      speaker: speaker || undefined,
      company: r.company || company || undefined,
      event,
      source: id,
      text: repairText(r.body_markdown ?? r.abstract ?? ""),
    };
  });
  return mergeTalks(inputs);
}

function file(id: string): string {
  return id.startsWith("talkgo") ? "talkgo" : "other";
}

export function snapshotOf(
  talks: Talk[],
  lexicon: Lexicon,
  options?: Partial<ExtractOptions>,
): ScoredSnapshot & ReturnType<typeof extractEntities> {
  const tokenizer = createJiebaTokenizer(lexiconTerms(lexicon));
  const result = extractEntities(talks, lexicon, tokenizer, options);
  return { talks, ...result };
}
