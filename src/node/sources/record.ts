// A talk record (one JSON object, or a front-matter block) to a TalkInput. Accepts the field
// names real archives use: the corpus files (speaker_title, speaker_bio, title_en, author,
// body_markdown, source_url, year) as well as the plain ones (text, abstract, url, date).
import { repairText } from "../../core/text";
import type { TalkInput } from "../../core/types";
import { markdownToText } from "./markdown";

/** Text fields in the order they appear in a talk's text; duplicates of earlier ones are dropped. */
const TEXT_FIELDS = [
  "title_en",
  "text",
  "abstract",
  "abstract_en",
  "description",
  "desc",
  "content",
  "body",
  "body_markdown",
  "transcript_text",
] as const;
/**
 * About the speaker: kept apart from the talk's text, whose entities are the talk's. A bio names
 * past employers and industries ("曾就职于ThoughtWorks … 行业覆盖汽车，零售，电信"), not topics.
 */
const SPEAKER_FIELDS = ["speaker_title", "speaker_bio"] as const;

export type RecordResult = { talk: TalkInput } | { problem: string };

/** `where` names the record in problems ("record 3", "line 12"); omitted for a lone record. */
export function recordToTalk(value: unknown, source: string, where?: string): RecordResult {
  const at = where === undefined ? "" : `${where}: `;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { problem: `${at}not a talk record (expected an object, got ${describe(value)})` };
  }
  const record = value as Record<string, unknown>;
  const title = cleanField(record.title) ?? cleanField(record.title_en);
  if (title === undefined) return { problem: `${at}record has no title` };
  const talk: TalkInput = { title, source, text: recordText(record, title) };
  const speaker = cleanField(record.speaker) ?? cleanField(record.author);
  if (speaker !== undefined) talk.speaker = speaker;
  // Without a company field, the speaker's title names where they work ("戴姆勒大中华区 高级架构师");
  // without that, the title line a bio starts with ("点我达资深开发工程师 | 主要从事…").
  const company =
    cleanField(record.company) ?? cleanField(record.speaker_title) ?? bioTitle(record.speaker_bio);
  if (company !== undefined) talk.company = company;
  const about = SPEAKER_FIELDS.map((f) => cleanText(record[f]))
    .filter((v) => v !== "")
    .join("\n");
  if (about !== "") talk.about = about;
  const event = cleanField(record.event);
  if (event !== undefined) talk.event = event;
  const collection = cleanField(record.collection);
  if (collection !== undefined) talk.collection = collection;
  const date = dateField(record.date) ?? dateField(record.year);
  if (date !== undefined) talk.date = date;
  const url = cleanField(record.url) ?? cleanField(record.source_url);
  if (url !== undefined) talk.url = url;
  const tags = tagsField(record.tags);
  if (tags.length > 0) talk.tags = tags;
  if (typeof record.pages === "number" && Number.isInteger(record.pages) && record.pages >= 0) {
    talk.pages = record.pages;
  }
  return { talk };
}

function recordText(record: Record<string, unknown>, title: string): string {
  const parts: string[] = [];
  const add = (raw: unknown): void => {
    const text = cleanText(raw);
    if (text === "" || text === title || parts.some((part) => part.includes(text))) return;
    parts.push(text);
  };
  for (const field of TEXT_FIELDS) add(record[field]);
  return parts.join("\n\n");
}

/** A text field as plain repaired text ("" when missing). */
function cleanText(raw: unknown): string {
  return typeof raw === "string" ? repairText(markdownToText(raw)).trim() : "";
}

/**
 * The title line of a bio written as "TITLE | BIO" (the PyCon China agenda's form:
 * "创业慧康科技股份有限公司 | 创业慧康科技股份有限公司，人工智能产品部研发经理。…"), or undefined.
 * Only a short first part counts: a bio that merely contains a bar names no title.
 */
export function bioTitle(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const bar = raw.indexOf(" | ");
  if (bar < 0) return undefined;
  const head = cleanField(markdownToText(raw.slice(0, bar)));
  return head !== undefined && head.length <= 60 ? head : undefined;
}

/** A one-line string field, repaired; empty strings count as missing. */
export function cleanField(raw: unknown): string | undefined {
  if (typeof raw === "number") return String(raw);
  if (typeof raw !== "string") return undefined;
  const value = repairText(raw).replace(/\s+/g, " ").trim();
  return value === "" ? undefined : value;
}

/** Dates keep their day: "2021-05-25 15:00:00+08:00" → "2021-05-25"; years become "2019". */
export function dateField(raw: unknown): string | undefined {
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  const value = cleanField(raw);
  if (value === undefined) return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(value);
  return day ? day[1] : value;
}

/** Tags from an array or a comma-separated string, repaired, deduplicated, in order. */
export function tagsField(raw: unknown): string[] {
  const items = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[,，、]/) : [];
  const tags = items.map(cleanField).filter((tag): tag is string => tag !== undefined);
  return [...new Set(tags)];
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? "a string" : `a ${typeof value}`;
}
