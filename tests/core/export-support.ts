// Shared inputs for the export tests: the hand-made hostile snapshot and the real seed snapshot
// (built from data/seed by the pipeline), plus a strict XML check and a small RFC 4180 reader
// written independently of the exporters so the tests do not check the code against itself.
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { restoreSnapshot } from "../../src/core/snapshot";
import type { Snapshot } from "../../src/core/snapshot";
import { buildSnapshotFromPaths } from "../../src/node/build";

export const HOSTILE_PATH = "tests/fixtures/export-snapshot.json";

export function loadHostile(): Snapshot {
  return restoreSnapshot(JSON.parse(readFileSync(HOSTILE_PATH, "utf8")));
}

let seed: Promise<Snapshot> | null = null;
/** The seed listing through the real pipeline, built once per test file. */
export function loadSeed(): Promise<Snapshot> {
  seed ??= buildSnapshotFromPaths(["data/seed"]).then((r) => r.snapshot);
  return seed;
}

/** C0 controls other than tab, LF, CR: what XML 1.0 cannot carry. */
// eslint-disable-next-line no-control-regex -- control characters are what is checked
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
export const stripControls = (s: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

/** Parses XML with xmldom, turning every warning or error into a thrown error. */
export function parseXmlStrict(xml: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`xml ${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, "application/xml") as unknown as Document;
}

/** RFC 4180 reader: quoted fields may hold commas, CR/LF and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (c === '"') throw new Error(`stray quote at ${i}`);
    else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => {
    if (r.length !== header.length)
      throw new Error(`row has ${r.length} cells, header ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]));
  });
}
