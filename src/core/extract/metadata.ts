// Entities that come from a talk's metadata rather than its text: the speaker (person), the
// company (mapped to the lexicon's company when a name or alias matches, else a new company) and
// the event (an edition such as "QCon北京2018" is its own event, `is-a` the lexicon's series).
import type { Lexicon } from "../lexicon";
import { findEntry, termKey } from "../lexicon";
import type { EntityType, LexiconEntry } from "../types";

/** A metadata value resolved to an entity: a lexicon entry, or a new name with a type. */
export type MetaEntity =
  | { kind: "lexicon"; entry: LexiconEntry }
  | { kind: "new"; name: string; type: EntityType; series?: LexiconEntry };

/** Legal-form endings dropped before looking a company up ("阿里巴巴集团" → "阿里巴巴"). */
const COMPANY_SUFFIX =
  /(?:股份有限公司|有限责任公司|有限公司|科技|集团|公司|[,\s]*(?:inc\.?|ltd\.?|co\.,? ?ltd\.?|corp\.?|corporation|limited))$/iu;

/** Splits a speaker field holding several people ("张三、李四", "A & B"). */
export function splitPeople(field: string): string[] {
  return field
    .split(/\s*(?:[、,，;；/&]|\band\b|和)\s*/u)
    .map((p) => p.trim())
    .filter((p) => p.length >= 2);
}

export function speakerEntities(field: string | undefined, lexicon: Lexicon): MetaEntity[] {
  if (!field) return [];
  return splitPeople(field).map((name) => {
    const entry = findEntry(lexicon, name);
    return entry?.type === "person"
      ? { kind: "lexicon", entry }
      : { kind: "new", name, type: "person" };
  });
}

export function companyEntity(field: string | undefined, lexicon: Lexicon): MetaEntity | undefined {
  const name = field?.trim();
  if (!name) return undefined;
  const stripped = name.replace(COMPANY_SUFFIX, "").trim();
  for (const form of [name, stripped]) {
    const entry = form ? findEntry(lexicon, form) : undefined;
    if (entry && entry.type !== "person") return { kind: "lexicon", entry };
  }
  return { kind: "new", name, type: "company" };
}

/**
 * An event exactly in the lexicon is that entry; otherwise the edition is a new event, and the
 * lexicon event whose name or alias is the longest prefix of it is its series.
 */
export function eventEntity(field: string | undefined, lexicon: Lexicon): MetaEntity | undefined {
  const name = field?.trim();
  if (!name) return undefined;
  const exact = findEntry(lexicon, name);
  if (exact) return { kind: "lexicon", entry: exact };
  const key = termKey(name);
  let series: LexiconEntry | undefined;
  let best = 0;
  for (const entry of lexicon.entries) {
    if (entry.type !== "event") continue;
    for (const form of [entry.name, ...(entry.aliases ?? [])]) {
      const k = termKey(form);
      if (k.length > best && key.startsWith(k)) {
        best = k.length;
        series = entry;
      }
    }
  }
  return { kind: "new", name, type: "event", ...(series ? { series } : {}) };
}
