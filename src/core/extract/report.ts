// Text report of discovery candidates for `npm run extract -- --report`: what the lexicon
// lacks, most widespread first, with one example each so an editor can decide quickly.
import type { Candidate } from "./discover";

export function formatCandidateReport(candidates: readonly Candidate[], limit: number): string {
  const shown = candidates.slice(0, Math.max(0, limit));
  const accepted = candidates.filter((c) => c.accepted).length;
  const lines = [
    `unknown-term candidates: ${candidates.length} (${accepted} kept as discovered entities); top ${shown.length}:`,
    `  ${"df".padStart(4)} ${"count".padStart(6)}  ${"type".padEnd(10)} term — example`,
  ];
  for (const c of shown) {
    const mark = c.accepted ? "+" : " ";
    const example = c.examples[0] ?? "";
    const why = c.accepted ? "" : `  [${c.reason}]`;
    lines.push(
      `${mark} ${String(c.df).padStart(4)} ${String(c.count).padStart(6)}  ${c.type.padEnd(10)} ${c.name} — ${example}${why}`,
    );
  }
  return lines.join("\n");
}
