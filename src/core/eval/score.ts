// Scores a snapshot against a gold annotation: precision over every entity linked to a gold
// talk, recall over "must" entities, type accuracy over the must entities found, metadata
// accuracy, the "shared" links, and the worst false positives and misses for fixing.
import type { Snapshot } from "../snapshot";
import type { Entity } from "../types";
import { goldKey } from "./gold";
import type { Gold, GoldTalk } from "./gold";

export type ScoredSnapshot = Pick<Snapshot, "talks" | "entities" | "mentions">;

export interface EvalIssue {
  talk: number;
  title: string;
  entity: string;
  type?: string;
  count?: number;
}

export interface EvalReport {
  goldTalks: number;
  matchedTalks: number;
  unmatchedTitles: string[];
  linked: number;
  correct: number;
  precision: number;
  mustTotal: number;
  mustFound: number;
  recall: number;
  typeCorrect: number;
  typeAccuracy: number;
  titleAccuracy: number;
  speakerAccuracy: number;
  shared: { ok: number; total: number; failed: string[] };
  falsePositives: EvalIssue[];
  misses: EvalIssue[];
  wrongTypes: EvalIssue[];
}

function entityKeys(e: Entity): string[] {
  return [e.name, ...e.aliases].map(goldKey);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function scoreSnapshot(snapshot: ScoredSnapshot, gold: Gold): EvalReport {
  const entityById = new Map(snapshot.entities.map((e) => [e.id, e]));
  const linkedTo = new Map<string, { entity: Entity; count: number }[]>();
  for (const m of snapshot.mentions) {
    const entity = entityById.get(m.entity);
    if (!entity) continue;
    const list = linkedTo.get(m.talk) ?? [];
    list.push({ entity, count: m.count });
    linkedTo.set(m.talk, list);
  }
  // 1. Gold talks to snapshot talks, by title or an alternative title.
  const talkByKey = new Map(snapshot.talks.map((t) => [goldKey(t.title), t]));
  const matched = new Map<number, (typeof snapshot.talks)[number]>();
  const unmatchedTitles: string[] = [];
  for (const g of gold.talks) {
    const t = [g.title, ...g.title_alt].map((s) => talkByKey.get(goldKey(s))).find(Boolean);
    if (t) matched.set(g.n, t);
    else unmatchedTitles.push(g.title);
  }

  let linked = 0;
  let correct = 0;
  let mustTotal = 0;
  let mustFound = 0;
  let typeCorrect = 0;
  let speakerOk = 0;
  const falsePositives: EvalIssue[] = [];
  const misses: EvalIssue[] = [];
  const wrongTypes: EvalIssue[] = [];
  for (const g of gold.talks) {
    const talk = matched.get(g.n);
    mustTotal += g.must.length;
    if (!talk) continue;
    if (goldKey(talk.speaker ?? "") === goldKey(g.speaker ?? "")) speakerOk++;
    const links = linkedTo.get(talk.id) ?? [];
    // 2. Precision: a linked entity is right when any of its names is a must name/alt or ok term.
    const accepted = new Set([...g.must.flatMap((m) => [m.name, ...m.alt]), ...g.ok].map(goldKey));
    for (const { entity, count } of links) {
      linked++;
      if (entityKeys(entity).some((k) => accepted.has(k))) correct++;
      else
        falsePositives.push({
          talk: g.n,
          title: g.title,
          entity: entity.name,
          type: entity.type,
          count,
        });
    }
    // 3. Recall and type accuracy: the best link for each must entity (by name, else by alt).
    for (const must of g.must) {
      const best = findMust(
        links.map((l) => l.entity),
        must,
      );
      if (!best) {
        misses.push({ talk: g.n, title: g.title, entity: must.name, type: must.type });
        continue;
      }
      mustFound++;
      if (must.type.split("|").includes(best.type)) typeCorrect++;
      else
        wrongTypes.push({
          talk: g.n,
          title: g.title,
          entity: best.name,
          type: `${best.type} (gold ${must.type})`,
        });
    }
  }
  // 4. Shared links: one entity linked to every listed talk.
  const failed: string[] = [];
  for (const s of gold.shared) {
    const key = goldKey(s.entity);
    const talkIds = s.talks.map((n) => matched.get(n)?.id);
    const linkedAll = snapshot.entities.some(
      (e) =>
        entityKeys(e).includes(key) &&
        talkIds.every(
          (id) => id !== undefined && (linkedTo.get(id) ?? []).some((l) => l.entity.id === e.id),
        ),
    );
    if (!linkedAll)
      failed.push(`${s.entity}: not one entity linked to all of talks ${s.talks.join(", ")}`);
  }
  falsePositives.sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.talk - b.talk);
  return {
    goldTalks: gold.talks.length,
    matchedTalks: matched.size,
    unmatchedTitles,
    linked,
    correct,
    precision: ratio(correct, linked),
    mustTotal,
    mustFound,
    recall: ratio(mustFound, mustTotal),
    typeCorrect,
    typeAccuracy: ratio(typeCorrect, mustFound),
    titleAccuracy: ratio(matched.size, gold.talks.length),
    speakerAccuracy: ratio(speakerOk, gold.talks.length),
    shared: { ok: gold.shared.length - failed.length, total: gold.shared.length, failed },
    falsePositives,
    misses,
    wrongTypes,
  };
}

function findMust(entities: Entity[], must: GoldTalk["must"][number]): Entity | undefined {
  const name = goldKey(must.name);
  const alts = new Set(must.alt.map(goldKey));
  return (
    entities.find((e) => goldKey(e.name) === name) ??
    entities.find((e) => entityKeys(e).includes(name)) ??
    entities.find((e) => entityKeys(e).some((k) => alts.has(k)))
  );
}
