// Parses a search-listing page of slide decks: one entry per line, ending in
// `0 码力 | N 页 | SIZE | AGE`, then `共 N 条` and page links. Each entry's title runs into a
// snippet of its slides; title.ts splits them. Never throws; text without trailers gives no talks.

import type { TalkInput } from "../types";
import { repairText } from "../text";
import { splitHead } from "./title";

export interface ListingResult {
  talks: TalkInput[];
  /** Entries parsed from this page. */
  shown: number;
  /** The listing's own total (`共 N 条`), which may exceed what one page shows. */
  listedTotal?: number;
}

/**
 * The entry trailer. The 码力 count is glued to the snippet (`Single0 码力`), so only one digit
 * is taken unless white space precedes it; the age may be followed by a stray digit (`1 年前3`).
 */
const TRAILER =
  /(?:(?<=^|\s)\d+|\d)\s*码力\s*\|\s*(\d+)\s*页\s*\|\s*(\d+(?:\.\d+)?)\s*([KMGT]?B|[KMG]|bytes?)\s*(?:\|\s*([^|\n]*?前)\d*)?/giu;
const LISTED_TOTAL = /共\s*(\d+)\s*条/u;

const UNIT_BYTES: Readonly<Record<string, number>> = {
  B: 1,
  BYTE: 1,
  BYTES: 1,
  K: 1024,
  KB: 1024,
  M: 1024 ** 2,
  MB: 1024 ** 2,
  G: 1024 ** 3,
  GB: 1024 ** 3,
  TB: 1024 ** 4,
};

/** `4.63 MB` → bytes (binary units, as the listing site reports them). */
export function sizeToBytes(value: string, unit: string): number | undefined {
  const n = Number(value);
  const factor = UNIT_BYTES[unit.toUpperCase()];
  return Number.isFinite(n) && factor !== undefined ? Math.round(n * factor) : undefined;
}

/** `R & D Engineer @ PingCAP`, `张三 @ 阿里巴巴`: an affiliation near the start of the snippet. */
const AFFILIATION =
  /(?:^|(?<=[\s\p{Script=Han}]))@\s*([A-Za-z][A-Za-z0-9&-]*[A-Za-z0-9]|\p{Script=Han}{2,10})(?![.\w])/u;
const AFFILIATION_WINDOW = 300;

function affiliationIn(snippet: string): string | undefined {
  return AFFILIATION.exec(snippet.slice(0, AFFILIATION_WINDOW))?.[1];
}

function entryToTalk(entry: string, pages: number, bytes: number | undefined, source: string) {
  const head = splitHead(entry, true);
  const title = head.title || head.rest.slice(0, 40).trim();
  if (!title) return undefined;
  const company = head.company ?? affiliationIn(head.rest);
  const talk: TalkInput = { title, source, text: head.rest };
  if (head.speaker) talk.speaker = head.speaker;
  if (company) talk.company = company;
  if (head.event) talk.event = head.event;
  if (head.collection) talk.collection = head.collection;
  talk.pages = pages;
  if (bytes !== undefined) talk.bytes = bytes;
  return talk;
}

/** Parses one listing page. `source` is recorded on every talk. */
export function parseListing(text: string, source: string): ListingResult {
  const repaired = repairText(text);
  const talks: TalkInput[] = [];
  let previousEnd = 0;
  let lastTrailerEnd = 0;
  for (const m of repaired.matchAll(TRAILER)) {
    const start = m.index;
    const lineStart = repaired.lastIndexOf("\n", start - 1) + 1;
    const entry = repaired.slice(Math.max(lineStart, previousEnd), start).trim();
    previousEnd = start + m[0].length;
    lastTrailerEnd = previousEnd;
    const pages = Number(m[1]);
    const bytes = sizeToBytes(m[2] ?? "", m[3] ?? "");
    const talk = entry ? entryToTalk(entry, pages, bytes, source) : undefined;
    if (talk) talks.push(talk);
  }
  const total = LISTED_TOTAL.exec(repaired.slice(lastTrailerEnd)) ?? LISTED_TOTAL.exec(repaired);
  const result: ListingResult = { talks, shown: talks.length };
  if (total?.[1]) result.listedTotal = Number(total[1]);
  return result;
}
