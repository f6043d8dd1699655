// The domain types shared by extraction (Node) and the explorer (browser).
// Everything here is plain data: it is what a snapshot holds and what src/core functions pass around.

export const ENTITY_TYPES = [
  "company",
  "product",
  "technology",
  "concept",
  "domain",
  "person",
  "event",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = ["develops", "is-a", "part-of", "client-of", "uses"] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Where an entity came from: the curated lexicon, talk metadata (speaker/company/event), or discovery. */
export const ENTITY_ORIGINS = ["lexicon", "metadata", "discovered"] as const;
export type EntityOrigin = (typeof ENTITY_ORIGINS)[number];

/** One passage of talk text, as read from a source, before entity recognition. */
export interface TalkInput {
  title: string;
  speaker?: string;
  company?: string;
  /** About the speaker (title, bio): shown with the talk, not scanned for its entities. */
  about?: string;
  event?: string;
  collection?: string;
  date?: string;
  url?: string;
  tags?: string[];
  pages?: number;
  bytes?: number;
  /** Path (relative to the extraction root) of the file this talk was read from. */
  source: string;
  /** Repaired full text (title excluded). Page breaks in PDFs are "\f". */
  text: string;
  /** For PDF sources: character offset at which each page starts in `text` (page 1 at index 0). */
  pageOffsets?: number[];
}

export interface Talk {
  id: string;
  title: string;
  speaker?: string;
  company?: string;
  /** About the speaker (title, bio): shown with the talk, not scanned for its entities. */
  about?: string;
  event?: string;
  collection?: string;
  date?: string;
  url?: string;
  tags?: string[];
  pages?: number;
  bytes?: number;
  /** The first source this talk was read from. */
  source: string;
  /** All sources when the same talk was found in several files. */
  sources?: string[];
  text: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description?: string;
  origin: EntityOrigin;
}

export interface Evidence {
  /** About 60 characters of repaired text around the mention. */
  text: string;
  /** 1-based page number, for PDF sources. */
  page?: number;
}

export interface Mention {
  talk: string;
  entity: string;
  count: number;
  /** True when the entity appears in the talk's title (weighs more in the graph). */
  inTitle: boolean;
  evidence: Evidence[];
}

export interface Relation {
  source: string;
  target: string;
  type: RelationType;
}

/** A source file the extraction read, with what it gave. */
export interface SourceInfo {
  path: string;
  kind: "listing" | "markdown" | "text" | "json" | "jsonl" | "pdf";
  talks: number;
  encoding?: string;
  /** For search-listing pages: how many talks the listing says it holds in all ("共 N 条"). */
  listedTotal?: number;
}

/** A word segmenter, injected into entity extraction (nodejieba in Node; anything in tests). */
export interface Tokenizer {
  /** Splits text into words; concatenating the result gives back the input. */
  cut(text: string): string[];
  /**
   * Optional batch form of `cut` for runs of CJK ideographs: the same words as cutting each run
   * on its own, in one call (jieba pays a fixed cost per call, and talks have thousands of runs).
   */
  cutRuns?(runs: string[]): string[][];
  /** Words with part-of-speech tags (jieba's tag set: n, nr, ns, nt, nz, eng, v, ...). */
  tag(text: string): { word: string; tag: string }[];
}

/**
 * One curated lexicon entry, as written in data/lexicon/*.json:
 * `{ "entries": [ { "name": "TiDB", "type": "technology", "aliases": ["tidb"],
 *    "description": "...", "relations": [{ "type": "client-of", "target": "Prometheus" }] } ] }`.
 */
export interface LexiconEntry {
  /** Canonical display name. */
  name: string;
  type: EntityType;
  /** Other names, Chinese and English, and common spellings; matched case-insensitively. */
  aliases?: string[];
  /** One line saying what it is. */
  description: string;
  /** Facts linking this entry to another entry by canonical name (this --type--> target). */
  relations?: { type: RelationType; target: string }[];
  /**
   * For ambiguous short names (CAT, IM, cas): the mention only counts when one of these words
   * also appears in the talk text.
   */
  context?: string[];
}
