// Checks the curated lexicon (data/lexicon/*.json) and indexes it by comparison key.
// Every problem names the file, the entry index and its name, so an editor can fix the JSON
// without reading code; all problems are reported at once, not only the first.
import { z } from "zod";
import { ENTITY_TYPES, RELATION_TYPES } from "../types";
import type { LexiconEntry } from "../types";
import { termKey } from "./key";

export class LexiconError extends Error {
  override name = "LexiconError";
}

/** The validated lexicon: entries sorted by name, and every name and alias by its key. */
export interface Lexicon {
  entries: readonly LexiconEntry[];
  /** termKey(name or alias) → entry. */
  byKey: ReadonlyMap<string, LexiconEntry>;
}

const entrySchema = z.strictObject({
  name: z.string().trim().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string().trim().min(1)).optional(),
  description: z.string().trim().min(1),
  relations: z
    .array(z.strictObject({ type: z.enum(RELATION_TYPES), target: z.string().trim().min(1) }))
    .optional(),
  context: z.array(z.string().trim().min(1)).min(1).optional(),
});

const fileSchema = z.strictObject({ entries: z.array(z.unknown()) });

/** Most problems listed in one error; the rest are counted. */
const MAX_REPORTED = 20;

function issueText(issue: z.core.$ZodIssue): string {
  const path = issue.path.join(".") || "entry";
  if (path === "type" && issue.code === "invalid_value") {
    return `type must be one of ${ENTITY_TYPES.join(", ")}`;
  }
  if (path.endsWith(".type") && issue.code === "invalid_value") {
    return `${path} must be one of ${RELATION_TYPES.join(", ")}`;
  }
  if (issue.code === "unrecognized_keys") return `unknown field(s) ${issue.keys.join(", ")}`;
  return `${path}: ${issue.message}`;
}

function entryLabel(path: string, index: number, raw: unknown): string {
  const name = (raw as { name?: unknown } | null)?.name;
  return `${path}: entry ${index}${typeof name === "string" ? ` (${JSON.stringify(name)})` : ""}`;
}

/**
 * Validates lexicon files (already parsed JSON) and returns the index.
 * Throws a LexiconError listing schema errors, names or aliases claimed by two entries
 * (compared by termKey, across files) and relation targets that are no entry's name or alias.
 */
export function validateLexicon(files: { path: string; data: unknown }[]): Lexicon {
  const problems: string[] = [];
  const located: { entry: LexiconEntry; label: string }[] = [];

  // 1. Shape of each file and entry.
  for (const file of files) {
    const parsed = fileSchema.safeParse(file.data);
    if (!parsed.success) {
      problems.push(
        `${file.path}: expected { "entries": [...] } (${issueText(parsed.error.issues[0]!)})`,
      );
      continue;
    }
    parsed.data.entries.forEach((raw, index) => {
      const entry = entrySchema.safeParse(raw);
      const label = entryLabel(file.path, index, raw);
      if (!entry.success) {
        for (const issue of entry.error.issues) problems.push(`${label}: ${issueText(issue)}`);
      } else {
        located.push({ entry: entry.data, label });
      }
    });
  }

  // 2. Every name and alias belongs to one entry only.
  const byKey = new Map<string, LexiconEntry>();
  const owner = new Map<string, string>();
  for (const { entry, label } of located) {
    const keys = new Set([entry.name, ...(entry.aliases ?? [])].map(termKey));
    for (const key of keys) {
      if (key === "") {
        problems.push(`${label}: a name or alias is only punctuation`);
        continue;
      }
      const first = owner.get(key);
      if (first !== undefined) {
        problems.push(`${label}: name or alias "${key}" is already used by ${first}`);
        continue;
      }
      owner.set(key, label);
      byKey.set(key, entry);
    }
  }

  // 3. Relations point at existing entries, not at themselves.
  for (const { entry, label } of located) {
    for (const relation of entry.relations ?? []) {
      const target = byKey.get(termKey(relation.target));
      if (!target)
        problems.push(`${label}: relation ${relation.type} → "${relation.target}" names no entry`);
      else if (target === entry)
        problems.push(`${label}: relation ${relation.type} points at itself`);
    }
  }

  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_REPORTED);
    const more =
      problems.length > MAX_REPORTED ? [`... and ${problems.length - MAX_REPORTED} more`] : [];
    throw new LexiconError(
      `lexicon: ${problems.length} problem(s)\n${[...shown, ...more].join("\n")}`,
    );
  }
  const entries = located
    .map((l) => l.entry)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { entries, byKey };
}

/** The entry a name or alias stands for, if any. */
export function findEntry(lexicon: Lexicon, term: string): LexiconEntry | undefined {
  return lexicon.byKey.get(termKey(term));
}

/** Every name and alias, sorted and unique: the user words a tokenizer should keep whole. */
export function lexiconTerms(lexicon: Lexicon): string[] {
  const terms = new Set<string>();
  for (const e of lexicon.entries) for (const t of [e.name, ...(e.aliases ?? [])]) terms.add(t);
  return [...terms].sort();
}
