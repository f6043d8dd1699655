// The extraction pipeline as one pure function: talk inputs in, snapshot out.
// Node code reads files and supplies the lexicon and tokenizer; the browser never calls this,
// but tests and benchmarks can, with any tokenizer.
import type { Lexicon } from "./lexicon";
import type { Candidate, ExtractOptions } from "./extract";
import { extractEntities, talkSpeakers } from "./extract";
import { buildKnowledgeGraph } from "./graph";
import type { GraphSettings } from "./graph";
import { mergeTalks } from "./merge";
import { SNAPSHOT_SCHEMA } from "./snapshot";
import type { Snapshot } from "./snapshot";
import type { SourceInfo, Talk, TalkInput, Tokenizer } from "./types";

export interface BuildSnapshotInput {
  inputs: TalkInput[];
  sources: SourceInfo[];
  lexicon: Lexicon;
  tokenizer: Tokenizer;
  extract?: Partial<ExtractOptions>;
  graph?: Partial<GraphSettings>;
  /** Called after each stage, for progress and timings. */
  onStage?: (stage: string) => void;
}

export interface BuildSnapshotResult {
  snapshot: Snapshot;
  /** Unknown-term candidates, best first, for `extract --report`. */
  candidates: Candidate[];
}

export function buildSnapshot(input: BuildSnapshotInput): BuildSnapshotResult {
  const stage = input.onStage ?? (() => {});
  // 1. One talk per real talk, whatever number of files it came from.
  const merged = mergeTalks(input.inputs);
  stage("merge");
  // 2. Entities, mentions with evidence, lexicon relations, discovered candidates.
  const extracted = extractEntities(merged, input.lexicon, input.tokenizer, input.extract);
  stage("extract");
  // 3. The snapshot stores talks without page offsets (evidence already carries page numbers) or
  // their other events (each is a mentioned event entity),
  // and their speakers as the people's names: "惠春阳(花名:三仟)" → 惠春阳 (the nickname is
  // the person entity's alias), "张云浩@字节跳动" → 张云浩.
  const talks: Talk[] = merged.map(({ pageOffsets: _pageOffsets, events: _events, ...talk }) => {
    const people = talkSpeakers(talk.speaker, talk.text);
    return people.length === 0 ? talk : { ...talk, speaker: people.join("、") };
  });
  const built = buildKnowledgeGraph(
    {
      talks,
      entities: extracted.entities,
      mentions: extracted.mentions,
      relations: extracted.relations,
    },
    input.graph,
  );
  stage("graph");
  const sources = [...input.sources].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const snapshot: Snapshot = {
    schema: SNAPSHOT_SCHEMA,
    sources,
    talks,
    entities: extracted.entities,
    mentions: extracted.mentions,
    relations: extracted.relations,
    related: built.related,
    communities: built.communities,
    graph: built.graph,
  };
  return { snapshot, candidates: extracted.candidates };
}
