// A plain-text summary of a snapshot, printed by `npm run extract` after each run:
// files read by kind, talks, entities by type, mentions, warnings, errors, time.
import type { Snapshot } from "./snapshot";

export interface RunFigures {
  errors: number;
  warnings: number;
  seconds: number;
  out: string;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
}

export function summarizeSnapshot(snapshot: Snapshot, run: RunFigures): string {
  const listings = snapshot.sources.filter((s) => s.listedTotal !== undefined);
  const listed = listings.map((s) => `${s.path}: ${s.talks} of ${s.listedTotal} talks shown`);
  const lines = [
    `files     ${snapshot.sources.length} (${countBy(snapshot.sources, (s) => s.kind)})`,
    ...listed.map((l) => `listing   ${l}`),
    `talks     ${snapshot.talks.length}`,
    `entities  ${snapshot.entities.length} (${countBy(snapshot.entities, (e) => e.type)})`,
    `mentions  ${snapshot.mentions.length}`,
    `graph     ${snapshot.graph.nodes.length} nodes, ${snapshot.graph.edges.length} edges, ${snapshot.communities.length} communities`,
    `warnings  ${run.warnings}`,
    `errors    ${run.errors}`,
    `time      ${run.seconds.toFixed(1)} s`,
    `wrote     ${run.out}`,
  ];
  return lines.join("\n");
}
