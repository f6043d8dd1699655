// Plain-text rendering of an EvalReport for `npm run eval`: the headline figures against their
// targets, then the worst false positives, misses and wrong types to fix first.
import type { EvalIssue, EvalReport } from "./score";

/** The figures the project aims for on the seed annotation. */
export const EVAL_TARGETS = { precision: 0.9, recall: 0.9, typeAccuracy: 0.9 } as const;

function pct(x: number): string {
  return x.toFixed(3);
}

function issueLines(title: string, issues: EvalIssue[], limit: number): string[] {
  if (issues.length === 0) return [];
  const shown = issues
    .slice(0, limit)
    .map(
      (i) =>
        `  #${i.talk} ${i.entity}${i.type ? ` (${i.type})` : ""}${i.count ? ` ×${i.count}` : ""}`,
    );
  return [`${title} (${issues.length}, top ${shown.length}):`, ...shown];
}

/**
 * The report as text. `limit` caps each list; 0 is blind mode for a gold file kept unseen: the
 * figures only, with no entity named (not even a failed shared link), so nothing leaks to tune on.
 */
export function formatEvalReport(r: EvalReport, limit = 20): string {
  const mark = (v: number, t: number): string => (v >= t ? "ok" : `below ${t}`);
  return [
    `talks matched     ${r.matchedTalks}/${r.goldTalks}${r.unmatchedTitles.length ? ` (unmatched: ${r.unmatchedTitles.join(" | ")})` : ""}`,
    `precision         ${pct(r.precision)}  (${r.correct}/${r.linked} linked entities)  ${mark(r.precision, EVAL_TARGETS.precision)}`,
    `recall            ${pct(r.recall)}  (${r.mustFound}/${r.mustTotal} must entities)  ${mark(r.recall, EVAL_TARGETS.recall)}`,
    `type accuracy     ${pct(r.typeAccuracy)}  (${r.typeCorrect}/${r.mustFound})  ${mark(r.typeAccuracy, EVAL_TARGETS.typeAccuracy)}`,
    `title accuracy    ${pct(r.titleAccuracy)}`,
    `speaker accuracy  ${pct(r.speakerAccuracy)}`,
    `shared links      ${r.shared.ok}/${r.shared.total}`,
    ...(limit > 0 ? r.shared.failed.map((f) => `  ${f}`) : []),
    ...issueLines("false positives", r.falsePositives, limit),
    ...issueLines("misses", r.misses, limit),
    ...issueLines("wrong types", r.wrongTypes, limit),
  ].join("\n");
}
