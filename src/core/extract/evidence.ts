// Evidence passages: a short, white-space-collapsed window of repaired text around a mention,
// with its PDF page when the talk has page offsets, so a reader can check why a link exists.
import type { Evidence } from "../types";

/** The ~2×radius characters around [start, end), on one line, with … where cut. */
export function passageAround(text: string, start: number, end: number, radius: number): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  const body = text.slice(from, to).replace(/\s+/gu, " ").trim();
  return `${from > 0 ? "…" : ""}${body}${to < text.length ? "…" : ""}`;
}

/** 1-based page holding offset, given the offset at which each page starts. */
export function pageAt(pageOffsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pageOffsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageOffsets[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Adds a passage unless the list is full or already holds the same text. */
export function addEvidence(
  list: Evidence[],
  max: number,
  text: string,
  start: number,
  end: number,
  radius: number,
  pageOffsets?: readonly number[],
): void {
  if (list.length >= max) return;
  const passage = passageAround(text, start, end, radius);
  if (list.some((e) => e.text === passage)) return;
  const evidence: Evidence = { text: passage };
  if (pageOffsets && pageOffsets.length > 0) evidence.page = pageAt(pageOffsets, start);
  list.push(evidence);
}
