// The explorer's search: one index per snapshot over talks, entities, speakers, companies and
// events, matching Chinese, English, aliases and pinyin (full or initials). Built once when a
// snapshot loads; each query is a scan over precomputed folded keys, fast enough for tens of
// thousands of entries.
import type { Snapshot } from "../snapshot";
import type { EntityType } from "../types";
import { foldText, hasHan, nameToPinyinKeys } from "./normalize";

export const SEARCH_KINDS = ["entity", "talk", "speaker", "company", "event"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchEntry {
  /** Stable key: the node id, or `speaker:NAME` etc. for metadata without its own entity. */
  key: string;
  kind: SearchKind;
  label: string;
  /** Secondary line: entity type, or the talk's speaker and event. */
  detail: string;
  entityType?: EntityType;
  /** Node ids that selecting this result selects (one node, or every talk of a speaker). */
  targets: string[];
  /** Folded name keys, then alias keys; pinyin keys last. */
  names: string[];
  aliases: string[];
  pinyin: string[];
  /** Ranks ties: bigger nodes first. */
  weight: number;
}

export interface SearchIndex {
  entries: SearchEntry[];
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
  /** What matched: the name, an alias, or pinyin. */
  via: "name" | "alias" | "pinyin";
}

function pinyinKeys(names: string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (!hasHan(name)) continue;
    const { full, initials } = nameToPinyinKeys(name);
    keys.add(full);
    keys.add(initials);
  }
  return [...keys].filter((k) => k.length > 0);
}

function nodeWeights(snapshot: Snapshot): Map<string, number> {
  const out = new Map<string, number>();
  for (const node of snapshot.graph.nodes) {
    const pr = node.attributes?.pagerank;
    out.set(node.key, typeof pr === "number" ? pr : 0);
  }
  return out;
}

/** Builds the index once per snapshot; entries are in a deterministic order. */
export function buildSearchIndex(snapshot: Snapshot): SearchIndex {
  const weights = nodeWeights(snapshot);
  const entries: SearchEntry[] = [];
  const entityNames = new Set<string>();
  for (const e of snapshot.entities) {
    entityNames.add(foldText(e.name));
    entries.push({
      key: e.id,
      kind: "entity",
      label: e.name,
      detail: e.type,
      entityType: e.type,
      targets: [e.id],
      names: [foldText(e.name)],
      aliases: e.aliases.map(foldText).filter((a) => a.length > 0),
      pinyin: pinyinKeys([e.name, ...e.aliases]),
      weight: weights.get(e.id) ?? 0,
    });
  }
  // Speakers, companies and events: only when no entity of the same name stands for them.
  const meta = new Map<string, { kind: SearchKind; label: string; talks: string[] }>();
  for (const t of snapshot.talks) {
    entries.push({
      key: t.id,
      kind: "talk",
      label: t.title,
      detail: [t.speaker, t.company, t.event].filter(Boolean).join(" · "),
      targets: [t.id],
      names: [foldText(t.title)],
      aliases: [],
      pinyin: pinyinKeys([t.title]),
      weight: weights.get(t.id) ?? 0,
    });
    const fields: [SearchKind, string | undefined][] = [
      ["speaker", t.speaker],
      ["company", t.company],
      ["event", t.event],
    ];
    for (const [kind, value] of fields) {
      if (!value || entityNames.has(foldText(value))) continue;
      const key = `${kind}:${value}`;
      const item = meta.get(key) ?? { kind, label: value, talks: [] };
      item.talks.push(t.id);
      meta.set(key, item);
    }
  }
  for (const [key, item] of [...meta].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    entries.push({
      key,
      kind: item.kind,
      label: item.label,
      detail: `${item.talks.length}`,
      targets: [...item.talks].sort(),
      names: [foldText(item.label)],
      aliases: [],
      pinyin: pinyinKeys([item.label]),
      weight: item.talks.length / 100,
    });
  }
  return { entries };
}

/**
 * 100 exact, 80 prefix, 50 substring; aliases a little less, pinyin less again. Pinyin keys
 * match exactly or as a prefix only: "wfw" inside the initials of 政务服务 (zwfw) is noise.
 */
function matchScore(keys: string[], q: string, substring = true): number {
  let best = 0;
  for (const k of keys) {
    if (k === q) return 100;
    if (k.startsWith(q)) best = Math.max(best, 80);
    else if (substring && k.includes(q)) best = Math.max(best, 50);
  }
  return best;
}

/** Best matches first; an empty or blank query finds nothing. */
export function searchIndex(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const q = foldText(query);
  if (!q) return [];
  // Pinyin only makes sense for Latin letters; a Chinese query matches names directly.
  const latin = /^[a-z0-9]+$/.test(q);
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    const byName = matchScore(entry.names, q);
    const byAlias = matchScore(entry.aliases, q) * 0.9;
    const byPinyin = latin ? matchScore(entry.pinyin, q, false) * 0.8 : 0;
    const score = Math.max(byName, byAlias, byPinyin);
    if (score === 0) continue;
    const via = score === byName ? "name" : score === byAlias ? "alias" : "pinyin";
    // Entities before talks at equal score: they are what people usually search for.
    const kindBonus = entry.kind === "entity" ? 2 : entry.kind === "talk" ? 0 : 1;
    hits.push({ entry, score: score + kindBonus + Math.min(entry.weight, 1), via });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.entry.label.length - b.entry.label.length ||
      (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0),
  );
  return hits.slice(0, limit);
}
