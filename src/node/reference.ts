// Reads a background word list for discovery: THUOCL's `word \t df` lines (data/reference/
// THUOCL_IT.txt) as word → document frequency, so extraction can reject common IT vocabulary.
// A missing file is not an error (discovery then runs without a background); a malformed one is.
import { existsSync, readFileSync } from "node:fs";

export const DEFAULT_BACKGROUND_FILE = "data/reference/THUOCL_IT.txt";

/** word → document frequency; an empty map when the file does not exist. */
export function loadBackground(
  path: string = DEFAULT_BACKGROUND_FILE,
): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  if (!existsSync(path)) return out;
  const lines = readFileSync(path, "utf8").split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith("#")) continue;
    const [word, df] = line.split("\t").map((p) => p.trim());
    const n = Number(df);
    if (!word || !Number.isInteger(n) || n < 0)
      throw new Error(`reference: ${path}: line ${i + 1}: expected "word<TAB>df", got "${line}"`);
    out.set(word.normalize("NFKC"), Math.max(n, out.get(word) ?? 0));
  }
  return out;
}
