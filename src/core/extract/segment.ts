// Prepares one field of a talk for matching: a lower-cased copy of the same length, the word
// boundaries jieba gives inside CJK runs, and jieba's tagged words (reused by discovery).
// Only CJK runs go to the tokenizer: Latin words are delimited by the matcher's own rules.
import type { Tokenizer } from "../types";

export const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

/** jieba's tagged words of one CJK run; the words are contiguous from `start`. */
export interface TaggedRun {
  start: number;
  words: { word: string; tag: string }[];
}

export interface Segmented {
  text: string;
  /** Same length as text, so offsets agree; only characters whose lower case keeps length fold. */
  lower: string;
  /** bound[i] = 1 when a jieba word starts or ends at offset i (set only around CJK runs). */
  bound: Uint8Array;
  /** jieba's words with tags, for the CJK runs only, in text order. */
  runs: TaggedRun[];
}

export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export function segmentText(text: string, tokenizer: Tokenizer): Segmented {
  const bound = new Uint8Array(text.length + 1);
  const runs: TaggedRun[] = [];
  for (const m of text.matchAll(CJK_RUN)) {
    const runStart = m.index;
    const runEnd = runStart + m[0].length;
    const words = tokenizer.tag(m[0]);
    let at = runStart;
    bound[at] = 1;
    for (const w of words) {
      at += w.word.length;
      if (at <= runEnd) bound[at] = 1;
    }
    // A tokenizer that does not give the run back word for word: trust every character edge.
    if (at !== runEnd) bound.fill(1, runStart, runEnd + 1);
    else runs.push({ start: runStart, words });
  }
  return { text, lower: lowerSameLength(text), bound, runs };
}
