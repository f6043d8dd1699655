// Prepares one field of a talk for matching: a lower-cased copy of the same length, the word
// boundaries jieba gives inside CJK runs, and jieba's words with their offsets (for discovery).
// Only CJK runs go to the tokenizer, and only `cut` (tagging costs twice as much): discovery
// looks tags up per word through an optional WordTagger, for the few words it considers.
import type { Tokenizer } from "../types";

export const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

/** A tokenizer that can tag one dictionary word cheaply (jieba: a cached lookup). */
export interface WordTagger {
  wordTag(word: string): string;
}

export interface Segmented {
  text: string;
  /** Same length as text, so offsets agree; only characters whose lower case keeps length fold. */
  lower: string;
  /** bound[i] = 1 when a jieba word starts or ends at offset i (set only around CJK runs). */
  bound: Uint8Array;
  /** jieba's words inside the CJK runs, in text order; words of one run are contiguous. */
  words: string[];
  /** Offset of each word in text. */
  starts: number[];
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

export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
  );
}

export function segmentText(text: string, tokenizer: Tokenizer): Segmented {
  const n = text.length;
  const bound = new Uint8Array(n + 1);
  const words: string[] = [];
  const starts: number[] = [];
  // A hand scan instead of matchAll: one slice per run, no match objects. Runs are cut in one
  // batch when the tokenizer can (same words, a fraction of the calls).
  const runStarts: number[] = [];
  const runs: string[] = [];
  let i = 0;
  while (i < n) {
    if (!isCjkCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < n && isCjkCode(text.charCodeAt(i))) i++;
    runStarts.push(runStart);
    runs.push(text.slice(runStart, i));
  }
  const cuts = tokenizer.cutRuns ? tokenizer.cutRuns(runs) : runs.map((r) => tokenizer.cut(r));
  for (let r = 0; r < runs.length; r++) {
    const runStart = runStarts[r]!;
    const runEnd = runStart + runs[r]!.length;
    let at = runStart;
    bound[at] = 1;
    const first = words.length;
    for (const w of cuts[r] ?? []) {
      words.push(w);
      starts.push(at);
      at += w.length;
      if (at <= runEnd) bound[at] = 1;
    }
    // A tokenizer that does not give the run back word for word: trust every character edge.
    if (at !== runEnd) {
      bound.fill(1, runStart, runEnd + 1);
      words.length = first;
      starts.length = first;
    }
  }
  return { text, lower: lowerSameLength(text), bound, words, starts };
}
