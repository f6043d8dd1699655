// Splits a snippet into plain and highlighted segments for the entity names it mentions, so
// the panel renders text nodes and <mark>s (never HTML from the data).
export interface Segment {
  text: string;
  /** Entity id when this segment is a mention. */
  entity?: string;
}

export function highlightSegments(
  text: string,
  terms: { entity: string; term: string }[],
): Segment[] {
  const lower = text.toLowerCase();
  // Longest terms first so "Service Mesh" wins over "Mesh" at the same place.
  const sorted = terms
    .filter((t) => t.term.trim().length > 0)
    .sort((a, b) => b.term.length - a.term.length);
  const marks: { start: number; end: number; entity: string }[] = [];
  for (const { entity, term } of sorted) {
    const needle = term.toLowerCase();
    let from = 0;
    for (;;) {
      const at = lower.indexOf(needle, from);
      if (at < 0) break;
      const end = at + needle.length;
      if (!marks.some((m) => at < m.end && end > m.start)) marks.push({ start: at, end, entity });
      from = end;
    }
  }
  marks.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const m of marks) {
    if (m.start > pos) out.push({ text: text.slice(pos, m.start) });
    out.push({ text: text.slice(m.start, m.end), entity: m.entity });
    pos = m.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}
