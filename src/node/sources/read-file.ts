// Reads one found file into talks: decode (text kinds), pick the reader by kind, and say what
// the file was. Throws SourceError with the reason when the file cannot be used at all.
import { parseListing } from "../../core/listing";
import { repairText } from "../../core/text";
import type { SourceInfo, TalkInput } from "../../core/types";
import { bytesToText } from "./decode";
import { jsonToTalks, jsonlToTalks } from "./json";
import { pdfToTalk } from "./pdf";
import { SourceError } from "./problems";
import { textToTalk } from "./textfile";
import type { FileKind } from "./walk";

/** A saved search-listing page: each entry ends with "0 码力 | 45 页 | 4.63 MB | 1 年前". */
const LISTING_TRAILER = /\d+\s*码力\s*\|\s*\d+\s*页\s*\|/;

/** What one file gave; cached as is, so it holds no absolute paths or timestamps. */
export interface FileRead {
  kind: SourceInfo["kind"];
  encoding?: string;
  talks: TalkInput[];
  /** Records skipped inside a file that was otherwise read ("line 3: record has no title"). */
  skipped: string[];
  /** Listing pages: entries the page shows, and the total the listing says it holds. */
  shown?: number;
  listedTotal?: number;
}

export async function readSourceFile(
  bytes: Uint8Array,
  kind: FileKind,
  path: string,
): Promise<FileRead> {
  if (bytes.length === 0) throw new SourceError("empty file");
  if (kind === "pdf") {
    if (!startsWithPdfHeader(bytes)) {
      throw new SourceError("not a PDF (no %PDF- header); is it misnamed?");
    }
    return { kind, talks: [await pdfToTalk(bytes, path)], skipped: [] };
  }
  const { text, encoding } = bytesToText(bytes);
  if (kind === "json" || kind === "jsonl") {
    const read = kind === "json" ? jsonToTalks(text, path) : jsonlToTalks(text, path);
    return { kind, encoding, ...read };
  }
  if (LISTING_TRAILER.test(text)) return readListing(text, path, encoding);
  return { kind, encoding, talks: [textToTalk(text, path, kind === "markdown")], skipped: [] };
}

function readListing(text: string, path: string, encoding: string): FileRead {
  const parsed = parseListing(text, path);
  if (parsed.talks.length === 0) {
    throw new SourceError("looks like a listing page but no entry could be parsed");
  }
  // The listing parser owns the format; repairing again here is harmless (repairText is idempotent)
  // and keeps the promise that every source's text is repaired.
  const talks = parsed.talks.map((talk) => ({
    ...talk,
    source: path,
    title: repairText(talk.title),
    text: repairText(talk.text),
  }));
  const read: FileRead = { kind: "listing", encoding, talks, skipped: [], shown: parsed.shown };
  if (parsed.listedTotal !== undefined) read.listedTotal = parsed.listedTotal;
  return read;
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow some junk bytes; the PDF spec tolerates up to 1024.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}
