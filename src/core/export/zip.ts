// Zip bundles (CSV pair, Neo4j files) with fflate, which runs unchanged in Node and the browser.
// Entries are sorted and stamped with one fixed date so the same export gives the same bytes.
import { strToU8, zipSync } from "fflate";

/** A fixed local date: zip stores local DOS time, 1980–2099, and must not depend on the clock. */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

export function zipFiles(files: Record<string, string | Uint8Array>): Uint8Array<ArrayBuffer> {
  const entries: Record<string, Uint8Array> = {};
  for (const name of Object.keys(files).sort()) {
    const data = files[name];
    if (data === undefined) continue;
    entries[name] = typeof data === "string" ? strToU8(data) : data;
  }
  return zipSync(entries, { level: 6, mtime: FIXED_MTIME });
}
