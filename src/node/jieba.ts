// The one file that imports nodejieba: a Tokenizer for src/core/extract, and raw access for the
// extraction benchmark. nodejieba 3.5.8 splits Latin words into letters ("TiDB" → T,i,D,B), so
// only runs of CJK ideographs go to jieba; Latin words, numbers and punctuation are split here.
import nodejieba from "nodejieba";
import type { WordTagger } from "../core/extract";
import type { Tokenizer } from "../core/types";

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
/** Text jieba may cut directly: only ideographs (extraction sends CJK runs one by one). */
const CJK_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/u;
/** CJK runs, Latin/number words, white-space runs, or any single other character. */
const PIECE = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|([A-Za-z0-9_]+)|(\s+)|([^])/gu;

/** jieba's tag for a piece that was not segmented by jieba. */
function tagOf(word: string): string {
  if (/[A-Za-z]/u.test(word)) return "eng";
  if (/^[0-9]+$/u.test(word)) return "m";
  return "x";
}

/**
 * nodejieba.tag re-segments and costs about twice cut; a word's tag is a dictionary property, so
 * words are cut once and each distinct word is tagged once (cached). Same words, ~same tags.
 * Extraction cuts and asks wordTag only for the words discovery looks at.
 */
const TAG_CACHE = new Map<string, string>();
const TAG_CACHE_MAX = 500_000;

function wordTag(word: string): string {
  let tag = TAG_CACHE.get(word);
  if (tag === undefined) {
    const tagged = nodejieba.tag(word);
    tag = tagged.length === 1 ? tagged[0]!.tag : "x";
    if (TAG_CACHE.size >= TAG_CACHE_MAX) TAG_CACHE.clear();
    TAG_CACHE.set(word, tag);
  }
  return tag;
}

function tagPieces(text: string): { word: string; tag: string }[] {
  const out: { word: string; tag: string }[] = [];
  for (const m of text.matchAll(PIECE)) {
    if (m[1] !== undefined) {
      for (const word of nodejieba.cut(m[1])) out.push({ word, tag: wordTag(word) });
    } else {
      out.push({ word: m[0], tag: tagOf(m[0]) });
    }
  }
  return out;
}

function cutPieces(text: string): string[] {
  if (CJK_ONLY.test(text)) return nodejieba.cut(text);
  const out: string[] = [];
  for (const m of text.matchAll(PIECE)) {
    if (m[1] !== undefined) out.push(...nodejieba.cut(m[1]));
    else out.push(m[0]);
  }
  return out;
}

/**
 * Cuts many CJK runs in one nodejieba call: the runs are joined with "\n", which jieba always
 * splits at (it cuts each sentence between separators on its own), so every run gets exactly the
 * words a call of its own would give. One call per field instead of one per run is what keeps
 * extraction near the cost of raw segmentation.
 */
function cutRuns(runs: string[]): string[][] {
  if (runs.length === 0) return [];
  const out: string[][] = [[]];
  for (const word of nodejieba.cut(runs.join("\n"))) {
    if (word === "\n") out.push([]);
    else out[out.length - 1]!.push(word);
  }
  // Never expected; if jieba ever merged across a separator, fall back to one call per run.
  if (out.length !== runs.length) return runs.map((r) => nodejieba.cut(r));
  return out;
}

/**
 * A jieba tokenizer that keeps the CJK terms of the lexicon whole ("绞杀者模式", "设备影子"),
 * and the CJK parts of mixed terms ("网关" of "API网关"). Words are added with insertWord (it
 * works in 3.5.8 and avoids writing a user-dictionary file). A whole term is tagged "nz", a
 * proper noun; a part of a mixed term is no name on its own ("自动化" of "UI 自动化"), so it
 * keeps jieba's word and tag when jieba has one, and is a plain noun ("n") otherwise: tagging
 * it "nz" would make discovery take it for a name. nodejieba's dictionary is process-wide, so
 * words added by one tokenizer stay for all.
 */
export function createJiebaTokenizer(userWords: string[]): Tokenizer & WordTagger {
  const added = new Set<string>();
  const insert = (word: string, tag: string): void => {
    added.add(word);
    nodejieba.insertWord(word, tag);
    TAG_CACHE.delete(word);
  };
  const parts: string[] = [];
  for (const term of userWords) {
    const form = term.normalize("NFKC");
    const runs = form.match(CJK_RUN) ?? [];
    const whole = runs.length === 1 && CJK_ONLY.test(form.replace(/\s+/gu, ""));
    for (const run of runs) {
      if (run.length < 2 || added.has(run)) continue;
      if (whole) insert(run, "nz");
      else parts.push(run);
    }
  }
  // Parts after all whole terms: a part that is also a term of its own is that term.
  for (const run of parts) {
    if (added.has(run)) continue;
    if (nodejieba.cut(run).length === 1) added.add(run);
    else insert(run, "n");
  }
  return { cut: cutPieces, cutRuns, tag: tagPieces, wordTag };
}

/** nodejieba.cut on the whole text, as jieba users call it: the benchmark's baseline. */
export function rawJiebaCut(text: string): string[] {
  return nodejieba.cut(text);
}
