// extractEntities: talks in, entities + mentions (with evidence) + relations + discovery
// candidates out. Steps per talk: segment each field, match the lexicon, drop context-gated
// entries without their context, trace children to parents, add metadata entities; then
// discovered terms corpus-wide, then the lexicon relations among the entities present.
import type {
  Entity,
  EntityType,
  Evidence,
  LexiconEntry,
  Mention,
  Relation,
  Talk,
  Tokenizer,
} from "../types";
import type { Lexicon } from "../lexicon";
import { findEntry } from "../lexicon";
import { addEvidence } from "./evidence";
import { Discovery } from "./discover";
import type { Candidate } from "./discover";
import { compareStrings, entityId } from "./ids";
import { buildTermTrie, scanTerms } from "./matcher";
import {
  bioCompany,
  companyEntity,
  eventEntity,
  isEpisodeTitle,
  speakerEntities,
} from "./metadata";
import type { MetaEntity } from "./metadata";
import { resolveExtractOptions } from "./options";
import type { ExtractOptions } from "./options";
import { segmentText } from "./segment";
import { dropCallToActionHits } from "./boilerplate";
import { dropLinkHits } from "./urls";
import { hasReleases, isVersionTopic, versionAfter, versionedName } from "./versions";

/** `events`: all events a merged talk was listed under, when more than one (see mergeTalks). */
export type ExtractTalk = Talk & { pageOffsets?: number[]; events?: string[] };

export interface ExtractResult {
  entities: Entity[];
  mentions: Mention[];
  relations: Relation[];
  candidates: Candidate[];
}

/**
 * A numbered session with no event field ("第 23 期 Drone 简单介绍") belongs to the series its
 * sibling sessions (same source, also numbered, also without an event) name in their text,
 * when more than this share of them name one and the same lexicon event.
 */
const SERIES_SHARE = 0.5;
/** ... and at least this many siblings name it. */
const SERIES_MIN_TALKS = 3;

/** Relations along which a mention of the source also counts as a mention of the target. */
const TRACED_RELATIONS = new Set(["client-of", "part-of"]);

interface Acc {
  count: number;
  inTitle: boolean;
  evidence: Evidence[];
}

/** A release named in a talk ("Go 1.13"): its base entry and where it was said. */
interface VersionAcc extends Acc {
  entry: LexiconEntry;
  minor: boolean;
}

function lexiconEntity(entry: LexiconEntry): Entity {
  return {
    id: entityId(entry.name),
    name: entry.name,
    type: entry.type,
    aliases: [...(entry.aliases ?? [])],
    description: entry.description,
    origin: "lexicon",
  };
}

export function extractEntities(
  talks: ExtractTalk[],
  lexicon: Lexicon,
  tokenizer: Tokenizer,
  options?: Partial<ExtractOptions>,
): ExtractResult {
  const o = resolveExtractOptions(options);
  const trie = buildTermTrie(lexicon);
  const discovery = o.discover ? new Discovery(lexicon, o, tokenizer) : undefined;
  const entities = new Map<string, Entity>();
  // One entity object per lexicon entry and run (an entry is mentioned by many talks).
  const entityOf = new Map<LexiconEntry, Entity>();
  const lexiconEntityOf = (entry: LexiconEntry): Entity => {
    let entity = entityOf.get(entry);
    if (!entity) entityOf.set(entry, (entity = lexiconEntity(entry)));
    return entity;
  };
  const mentions = new Map<string, Mention>();
  const relations = new Map<string, Relation>();
  const addRelation = (source: string, target: string, type: Relation["type"]): void => {
    if (source !== target)
      relations.set(`${source}\u0000${target}\u0000${type}`, { source, target, type });
  };
  /** The entity of a name the lexicon lacks: the one already made, or a new `discovered` one. */
  const discoveredEntity = (name: string, type: EntityType): Entity =>
    entities.get(entityId(name)) ?? {
      id: entityId(name),
      name,
      type,
      aliases: [],
      origin: "discovered",
    };
  const addMention = (talk: string, entity: Entity, acc: Acc): void => {
    if (!entities.has(entity.id)) entities.set(entity.id, entity);
    const key = `${talk}\u0000${entity.id}`;
    if (mentions.has(key)) return;
    const count = Math.max(1, acc.count);
    mentions.set(key, {
      talk,
      entity: entity.id,
      count,
      inTitle: acc.inTitle,
      evidence: acc.evidence,
    });
  };

  // Numbered sessions without an event, by source, with the lexicon events each names (step 4b).
  const episodes = new Map<string, { talk: ExtractTalk; events: LexiconEntry[] }[]>();

  for (const talk of talks) {
    // 1. Lexicon terms in the title, the collection name and the text.
    const found = new Map<LexiconEntry, Acc>();
    const versions = new Map<string, VersionAcc>();
    const lowers: string[] = [];
    const fields = [
      { text: talk.title, inTitle: true, pages: undefined },
      { text: talk.collection ?? "", inTitle: false, pages: undefined },
      { text: talk.text, inTitle: false, pages: talk.pageOffsets },
    ];
    for (const field of fields) {
      if (!field.text) continue;
      const seg = segmentText(field.text, tokenizer);
      lowers.push(seg.lower);
      if (field.text !== talk.collection) discovery?.collect(talk.id, seg, field.inTitle);
      const hits = dropLinkHits(scanTerms(seg, trie), seg.lower);
      for (const hit of dropCallToActionHits(hits, field.text)) {
        for (const entry of [hit.entry, ...(hit.also ?? [])]) {
          let acc = found.get(entry);
          if (!acc) found.set(entry, (acc = { count: 0, inTitle: false, evidence: [] }));
          acc.count++;
          acc.inTitle ||= field.inTitle;
          addEvidence(
            acc.evidence,
            o.maxEvidence,
            field.text,
            hit.start,
            hit.end,
            o.evidenceRadius,
            field.pages,
          );
        }
        // "Python 3.6", "Go 1.13": the release named after a technology or product.
        if (!hasReleases(hit.entry)) continue;
        const v = versionAfter(field.text, hit.start, hit.end);
        if (!v) continue;
        const name = versionedName(hit.entry, v.version);
        let va = versions.get(name);
        if (!va) {
          va = { entry: hit.entry, minor: v.minor, count: 0, inTitle: false, evidence: [] };
          versions.set(name, va);
        }
        va.count++;
        va.inTitle ||= field.inTitle;
        addEvidence(
          va.evidence,
          o.maxEvidence,
          field.text,
          hit.start,
          v.end,
          o.evidenceRadius,
          field.pages,
        );
      }
    }
    // 2. Ambiguous short names (CAT, IM) count only beside one of their context words.
    // A context word is searched once per talk, however many entries share it.
    const present = new Map<string, boolean>();
    const isPresent = (w: string): boolean => {
      let p = present.get(w);
      if (p === undefined) present.set(w, (p = lowers.some((l) => l.includes(w))));
      return p;
    };
    for (const entry of [...found.keys()]) {
      if (entry.context && !entry.context.some((w) => isPresent(w.toLowerCase())))
        found.delete(entry);
    }
    // 3. A client library or a part names its parent too: rust-prometheus (client-of Prometheus)
    // and grpc-rs (client-of gRPC) make the talk mention Prometheus and gRPC, with the child's
    // evidence, so talks about one system link up however they spell its parts. Transitive.
    const queue = [...found.entries()];
    while (queue.length > 0) {
      const [entry, acc] = queue.shift()!;
      for (const rel of entry.relations ?? []) {
        if (!TRACED_RELATIONS.has(rel.type)) continue;
        const parent = findEntry(lexicon, rel.target);
        if (!parent || found.has(parent)) continue;
        const inherited = { count: acc.count, inTitle: acc.inTitle, evidence: [...acc.evidence] };
        found.set(parent, inherited);
        queue.push([parent, inherited]);
      }
    }
    for (const [entry, acc] of found) addMention(talk.id, lexiconEntityOf(entry), acc);
    if (!talk.event && isEpisodeTitle(talk.title)) {
      const events = [...found.keys()].filter((entry) => entry.type === "event");
      const list = episodes.get(talk.source);
      if (list) list.push({ talk, events });
      else episodes.set(talk.source, [{ talk, events }]);
    }
    // A release that is a topic of the talk is an entity of its own, is-a its base entry (which
    // must have passed the context test). A release the lexicon names itself is that entry.
    for (const [name, va] of versions) {
      if (!found.has(va.entry) || !isVersionTopic(va.minor, va.count, va.inTitle)) continue;
      if (findEntry(lexicon, name)) continue;
      const entity = discoveredEntity(name, va.entry.type);
      addMention(talk.id, entity, va);
      addRelation(entity.id, entityId(va.entry.name), "is-a");
    }

    // 4. Metadata: speaker(s), company, event.
    const metas: MetaEntity[] = [...speakerEntities(talk.speaker, talk.text, lexicon)];
    const company = talk.company
      ? companyEntity(talk.company, lexicon)
      : bioCompany(talk.about, lexicon);
    if (company) metas.push(company);
    metas.push(...talkEvents(talk.events ?? [talk.event], lexicon));
    for (const meta of metas) {
      const entity: Entity =
        meta.kind === "lexicon"
          ? lexiconEntityOf(meta.entry)
          : (entities.get(entityId(meta.name)) ?? {
              id: entityId(meta.name),
              name: meta.name,
              type: meta.type,
              aliases: [...(meta.aliases ?? [])],
              origin: "metadata",
            });
      addMention(talk.id, entity, literalMentions(talk, entity.name, o));
      if (meta.kind === "new" && meta.series) {
        const series = lexiconEntityOf(meta.series);
        if (!entities.has(series.id)) entities.set(series.id, series);
        addRelation(entity.id, series.id, "is-a");
      }
    }
  }

  // 4b. The series of numbered sessions that say none (Go 夜读 notes that never write "Go 夜读").
  for (const list of episodes.values()) {
    const series = seriesOfSiblings(list.map((e) => e.events));
    if (!series) continue;
    const entity = lexiconEntityOf(series);
    for (const { talk, events } of list) {
      if (events.includes(series)) continue;
      const title = talk.title;
      // The numbered title is the evidence; the series is not named in it, so no title bonus.
      const acc: Acc = { count: 1, inTitle: false, evidence: [] };
      addEvidence(acc.evidence, o.maxEvidence, title, 0, title.length, o.evidenceRadius);
      addMention(talk.id, entity, acc);
    }
  }

  // 5. Discovered terms above the thresholds become entities of their own.
  const discovered = discovery?.finish(talks.length);
  for (const term of discovered?.accepted.values() ?? []) {
    const entity = discoveredEntity(term.name, term.type);
    for (const [talk, per] of term.talks) {
      const evidence: Evidence[] = [];
      for (const at of per.at)
        addEvidence(evidence, o.maxEvidence, at.text, at.start, at.end, o.evidenceRadius);
      addMention(talk, entity, { count: per.count, inTitle: per.inTitle, evidence });
    }
  }

  // 6. Lexicon facts among the entities present (PingCAP develops TiDB, ...).
  for (const entry of lexicon.entries) {
    const source = entityId(entry.name);
    if (!entities.has(source)) continue;
    for (const rel of entry.relations ?? []) {
      const target = findEntry(lexicon, rel.target);
      if (target && entities.has(entityId(target.name)))
        addRelation(source, entityId(target.name), rel.type);
    }
  }

  return {
    entities: [...entities.values()].sort((a, b) => compareStrings(a.id, b.id)),
    mentions: [...mentions.values()].sort(
      (a, b) => compareStrings(a.talk, b.talk) || compareStrings(a.entity, b.entity),
    ),
    relations: [...relations.values()].sort(
      (a, b) =>
        compareStrings(a.source, b.source) ||
        compareStrings(a.target, b.target) ||
        compareStrings(a.type, b.type),
    ),
    candidates: discovered?.candidates ?? [],
  };
}

/**
 * The events of a talk. A talk listed under several editions of one series (the same talk at
 * DDD China 2019 and 2020) recurs in the series: it keeps the edition it was first listed under
 * and is linked to the series itself, which names every edition. A talk listed under unrelated
 * events was at each of them.
 */
function talkEvents(fields: (string | undefined)[], lexicon: Lexicon): MetaEntity[] {
  const events = fields.flatMap((field) => {
    const event = eventEntity(field, lexicon);
    return event ? [event] : [];
  });
  if (events.length < 2) return events;
  const series = events.map((e) => (e.kind === "new" ? e.series : undefined));
  const first = series[0];
  return first && series.every((s) => s === first)
    ? [events[0]!, { kind: "lexicon", entry: first }]
    : events;
}

/** The lexicon event named by more than SERIES_SHARE of sibling sessions, if any. */
function seriesOfSiblings(named: LexiconEntry[][]): LexiconEntry | undefined {
  const counts = new Map<LexiconEntry, number>();
  for (const events of named) for (const e of events) counts.set(e, (counts.get(e) ?? 0) + 1);
  let best: LexiconEntry | undefined;
  let bestCount = 0;
  for (const [entry, count] of counts) {
    if (
      count > bestCount ||
      (count === bestCount && best && compareStrings(entry.name, best.name) < 0)
    ) {
      best = entry;
      bestCount = count;
    }
  }
  return best && bestCount >= SERIES_MIN_TALKS && bestCount > SERIES_SHARE * named.length
    ? best
    : undefined;
}

/** A metadata entity's mention: where its name literally occurs in the talk, else once. */
function literalMentions(talk: ExtractTalk, name: string, o: ExtractOptions): Acc {
  const acc: Acc = { count: 0, inTitle: talk.title.includes(name), evidence: [] };
  for (const [text, pages] of [
    [talk.title, undefined],
    [talk.text, talk.pageOffsets],
  ] as const) {
    for (let at = text.indexOf(name); at >= 0 && name; at = text.indexOf(name, at + name.length)) {
      acc.count++;
      addEvidence(acc.evidence, o.maxEvidence, text, at, at + name.length, o.evidenceRadius, pages);
    }
  }
  return acc;
}
