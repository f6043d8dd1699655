// Extraction settings: one typed object, its defaults (each with the reason for its value) and a
// validator whose errors name the setting. Nothing here names a talk: the thresholds were chosen
// for corpora of tens to thousands of talks.

export interface ExtractOptions {
  /** Characters of context kept on each side of a mention in an evidence passage. */
  evidenceRadius: number;
  /** Evidence passages kept per mention (the first ones, in text order, distinct). */
  maxEvidence: number;
  /** Turn on discovery of terms the lexicon lacks. */
  discover: boolean;
  /** A discovered term must appear in at least this many talks (one talk's jargon is not a topic). */
  minDf: number;
  /** ... and at least this many times across the corpus. */
  minCount: number;
  /** A Latin name (TEE, SGX, LibOS) repeated this often inside one talk is kept for that talk alone. */
  minTalkCount: number;
  /** ... and in at most this share of talks once the corpus has 20+ talks (above: generic word). */
  maxDfShare: number;
  /** At most this many discovered entities, the most widespread first (a long tail is noise). */
  maxDiscovered: number;
  /** Words with a THUOCL IT document frequency above this are common IT vocabulary, not names. */
  maxBackgroundDf: number;
  /** Chinese candidates shorter than this (in characters) are too vague to be a term. */
  minCjkLength: number;
  /** Latin candidates shorter than this are too ambiguous (IO, UI, ...) without a lexicon entry. */
  minLatinLength: number;
  /** Word → document frequency in a large background corpus (THUOCL IT), for rejecting generic words. */
  background?: ReadonlyMap<string, number>;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  evidenceRadius: 30,
  maxEvidence: 3,
  discover: true,
  minDf: 3,
  minCount: 6,
  minTalkCount: 8,
  maxDfShare: 0.3,
  maxDiscovered: 150,
  maxBackgroundDf: 200,
  minCjkLength: 3,
  minLatinLength: 3,
};

function positiveInt(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 0)
    throw new Error(`extract: option ${name} must be a non-negative integer, got ${v}`);
}

/** Fills defaults and checks each value; throws an error naming the bad setting. */
export function resolveExtractOptions(partial: Partial<ExtractOptions> = {}): ExtractOptions {
  const o: ExtractOptions = { ...DEFAULT_EXTRACT_OPTIONS, ...partial };
  for (const k of [
    "evidenceRadius",
    "maxEvidence",
    "minDf",
    "minCount",
    "minTalkCount",
    "maxBackgroundDf",
    "maxDiscovered",
    "minCjkLength",
    "minLatinLength",
  ] as const) {
    positiveInt(k, o[k]);
  }
  if (!(o.maxDfShare > 0 && o.maxDfShare <= 1)) {
    throw new Error(`extract: option maxDfShare must be in (0, 1], got ${o.maxDfShare}`);
  }
  return o;
}
