// Plain .md and .txt talks: optional YAML front matter (title, speaker, company, event, date,
// url, tags), then the body. Without a front-matter title, the first "# heading" is the title
// (and leaves the body), else the file name is.
import { basename, extname } from "node:path";
import { parseDocument } from "yaml";
import { repairText } from "../../core/text";
import type { TalkInput } from "../../core/types";
import { markdownToText } from "./markdown";
import { SourceError } from "./problems";
import { cleanField, dateField, tagsField } from "./record";

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const HEADING = /^#[ \t]+(.+?)[ \t#]*$/m;

export function textToTalk(text: string, source: string, markdown: boolean): TalkInput {
  if (text.trim() === "") throw new SourceError("no text (only white space)");
  // 1. Front matter, when the file starts with it.
  let meta: Record<string, unknown> = {};
  let body = text;
  const front = FRONT_MATTER.exec(text);
  if (front) {
    meta = parseFrontMatter(front[1] ?? "");
    body = text.slice(front[0].length);
  }
  // 2. Title: front matter, else the first level-1 heading (removed from the body), else the file name.
  let title = cleanField(meta.title);
  if (title === undefined) {
    const heading = HEADING.exec(body);
    const fromHeading = heading ? cleanField(heading[1]) : undefined;
    if (heading && fromHeading !== undefined) {
      title = fromHeading;
      body = body.slice(0, heading.index) + body.slice(heading.index + heading[0].length);
    }
  }
  title ??= cleanField(basename(source, extname(source))) ?? basename(source);
  // 3. Metadata fields the front matter may carry.
  const talk: TalkInput = {
    title,
    source,
    text: repairText(markdown ? markdownToText(body) : body).trim(),
  };
  const speaker = cleanField(meta.speaker) ?? cleanField(meta.author);
  if (speaker !== undefined) talk.speaker = speaker;
  const company = cleanField(meta.company);
  if (company !== undefined) talk.company = company;
  const event = cleanField(meta.event);
  if (event !== undefined) talk.event = event;
  const date = dateField(meta.date) ?? dateField(meta.year);
  if (date !== undefined) talk.date = date;
  const url = cleanField(meta.url) ?? cleanField(meta.source_url);
  if (url !== undefined) talk.url = url;
  const tags = tagsField(meta.tags);
  if (tags.length > 0) talk.tags = tags;
  return talk;
}

function parseFrontMatter(yamlText: string): Record<string, unknown> {
  const doc = parseDocument(yamlText);
  const first = doc.errors[0];
  if (first) {
    // The front matter starts on line 2 of the file (after the opening ---).
    const line = (first.linePos?.[0]?.line ?? 0) + 1;
    // yaml's message repeats its own (front-matter-relative) position; ours is the file's.
    const why = (first.message.split("\n")[0] ?? first.code).replace(
      / at line \d+, column \d+:?$/,
      "",
    );
    throw new SourceError(`malformed YAML front matter at line ${line}: ${why}`);
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new SourceError("front matter is not a YAML mapping (expected `title: ...` lines)");
  }
  return value as Record<string, unknown>;
}
