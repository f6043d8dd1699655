// Reads the curated lexicon folder (data/lexicon/*.json, in name order) and validates it.
// JSON syntax errors are reported with the file name, like schema errors.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { LexiconError, validateLexicon } from "../core/lexicon";
import type { Lexicon } from "../core/lexicon";

export function loadLexiconDir(dir: string): Lexicon {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .sort();
  } catch (error) {
    throw new LexiconError(`lexicon: cannot read folder ${dir}: ${(error as Error).message}`);
  }
  const files = names.map((name) => {
    const path = join(dir, name);
    try {
      return { path, data: JSON.parse(readFileSync(path, "utf8")) as unknown };
    } catch (error) {
      throw new LexiconError(`lexicon: ${path}: invalid JSON: ${(error as Error).message}`);
    }
  });
  return validateLexicon(files);
}
