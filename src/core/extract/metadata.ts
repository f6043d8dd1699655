// Entities that come from a talk's metadata rather than its text: the speaker (person), the
// company (mapped to the lexicon's company when a name or alias matches, else a new company) and
// the event (an edition such as "QCon北京2018" is its own event, `is-a` the lexicon's series; a
// numbered session such as "Go 夜读 第 12 期" is the series itself).
import type { Lexicon } from "../lexicon";
import { findEntry, termKey } from "../lexicon";
import type { EntityType, LexiconEntry } from "../types";

/** A metadata value resolved to an entity: a lexicon entry, or a new name with a type. */
export type MetaEntity =
  | { kind: "lexicon"; entry: LexiconEntry }
  | { kind: "new"; name: string; type: EntityType; aliases?: string[]; series?: LexiconEntry };

/** Legal-form endings dropped before looking a company up ("阿里巴巴集团" → "阿里巴巴"). */
const COMPANY_SUFFIX =
  /(?:股份有限公司|有限责任公司|有限公司|科技|集团|公司|[,\s]*(?:inc\.?|ltd\.?|co\.,? ?ltd\.?|corp\.?|corporation|limited))$/iu;

/** Splits a speaker field holding several people ("张三、李四", "A & B"). */
export function splitPeople(field: string): string[] {
  return (
    field
      .split(/\s*(?:[、,，;；/&]|\band\b|和)\s*/u)
      // "张云浩@字节跳动": a person and where they work; the person is the part before the @.
      .map((p) => p.replace(/\s*@.*$/u, "").trim())
      .filter((p) => p.length >= 2)
  );
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

/** Bracketed labels before an event name: "【活动回顾】SOFAMeetup#8 …", "[回放] …". */
const EVENT_LABEL = /^\s*(?:【[^】]*】|\[[^\]]*\])\s*/u;
/** An episode or session number: the talk belongs to the series, not to an edition of it. */
const EPISODE =
  /\s*(?:第\s*[0-9一二三四五六七八九十百]+\s*[期场回集]|#\s*[0-9]+|\b(?:vol|ep|episode|no)\.?\s*[0-9]+\b)/iu;
/** A generic event noun after an edition's year: "DDD China 2019 领域驱动设计峰会" → "DDD China 2019". */
const EDITION_SUFFIX =
  /^(.*?\b(?:19|20)[0-9]{2})\s+[\u3400-\u9fff]*(?:峰会|大会|会议|年会|论坛|技术节)$/u;

/** The lexicon event whose name or alias is the longest prefix of the name. */
function seriesOf(name: string, lexicon: Lexicon): LexiconEntry | undefined {
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
  return series;
}

/**
 * An event exactly in the lexicon is that entry. A session of a series ("Go 夜读 第 12 期",
 * "SOFAChannel#20:…") is the series itself: the lexicon's, else the name before the number. An
 * edition ("QCon北京2018") is a new event, `is-a` the lexicon event that is the longest prefix of
 * it; its full field is kept as an alias when a trailing event noun was dropped.
 */
export function eventEntity(field: string | undefined, lexicon: Lexicon): MetaEntity | undefined {
  const raw = field?.trim();
  if (!raw) return undefined;
  const exact = findEntry(lexicon, raw);
  if (exact) return { kind: "lexicon", entry: exact };
  const name = raw.replace(EVENT_LABEL, "").trim() || raw;
  const episode = EPISODE.exec(name);
  if (episode && episode.index > 0) {
    const seriesName = name.slice(0, episode.index).replace(/[\s:：,，|｜-]+$/u, "");
    const series = findEntry(lexicon, seriesName) ?? seriesOf(seriesName, lexicon);
    if (series) return { kind: "lexicon", entry: series };
    if (seriesName.length >= 2) return { kind: "new", name: seriesName, type: "event" };
  }
  const edition = EDITION_SUFFIX.exec(name)?.[1] ?? name;
  const again = findEntry(lexicon, edition);
  if (again) return { kind: "lexicon", entry: again };
  const series = seriesOf(edition, lexicon);
  return {
    kind: "new",
    name: edition,
    type: "event",
    ...(edition !== raw ? { aliases: [raw] } : {}),
    ...(series ? { series } : {}),
  };
}
