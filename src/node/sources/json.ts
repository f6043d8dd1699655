// .json (an array of talk records, or one record) and .jsonl (one record per line) sources.
// A broken file is one error with line and column; a record without a title is a warning and
// the rest of the file is still read.
import type { TalkInput } from "../../core/types";
import { locateJsonError } from "./json-locate";
import { SourceError } from "./problems";
import { recordToTalk } from "./record";

export interface RecordsRead {
  talks: TalkInput[];
  /** Why records were skipped ("line 3: record has no title"). */
  skipped: string[];
}

export function jsonToTalks(text: string, source: string): RecordsRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const at = locateJsonError(text, (error as Error).message);
    throw new SourceError(`malformed JSON at line ${at.line}, column ${at.column}: ${at.reason}`);
  }
  const records = Array.isArray(value) ? value : [value];
  const read: RecordsRead = { talks: [], skipped: [] };
  records.forEach((record, index) => {
    const where = Array.isArray(value) ? `record ${index + 1}` : undefined;
    collect(read, recordToTalk(record, source, where));
  });
  return finish(read, records.length);
}

export function jsonlToTalks(text: string, source: string): RecordsRead {
  const read: RecordsRead = { talks: [], skipped: [] };
  const lines = text.split("\n");
  let records = 0;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    records++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const at = locateJsonError(line, (error as Error).message);
      // One bad line in a long export should not cost the other records.
      read.skipped.push(`line ${index + 1}, column ${at.column}: malformed JSON: ${at.reason}`);
      continue;
    }
    collect(read, recordToTalk(value, source, `line ${index + 1}`));
  }
  return finish(read, records);
}

function collect(read: RecordsRead, result: ReturnType<typeof recordToTalk>): void {
  if ("talk" in result) read.talks.push(result.talk);
  else read.skipped.push(result.problem);
}

/** A file that yields nothing is an error, naming the first reason. */
function finish(read: RecordsRead, records: number): RecordsRead {
  if (records === 0) throw new SourceError("no talk records (empty array or no lines)");
  if (read.talks.length === 0) {
    const why = read.skipped[0] ?? "no usable record";
    const all = records > 1 ? `none of ${records} records is usable; first: ` : "";
    throw new SourceError(`${all}${why}`);
  }
  return read;
}
