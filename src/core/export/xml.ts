// XML text helpers shared by the GEXF and GraphML writers. XML 1.0 forbids most control
// characters even as `&#1;` references, so they are removed, not escaped: a file that carries
// one is rejected whole by Gephi, browsers and strict parsers.

/** Characters XML 1.0 cannot hold: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters an XML 1.0 document may not contain; everything else is kept. */
export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, "");
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Kept as references so attribute-value normalisation does not turn them into spaces.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Escapes text for an XML attribute value or element content (after stripping invalid characters). */
export function escapeXml(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c] ?? c);
}

/**
 * Ids made XML-safe, one per input, still unique. Ids that are already clean keep their text;
 * one that only differed from another by a stripped character gets a `~2`, `~3` suffix, so no
 * node or edge is merged away.
 */
export function toXmlIds(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of ids) {
    if (stripXmlInvalid(id) !== id || out.has(id)) continue;
    out.set(id, id);
    taken.add(id);
  }
  for (const id of ids) {
    if (out.has(id)) continue;
    const base = stripXmlInvalid(id);
    let safe = base;
    for (let n = 2; taken.has(safe); n++) safe = `${base}~${n}`;
    taken.add(safe);
    out.set(id, safe);
  }
  return out;
}

/** A cell made into one XML-safe string: lists joined with " | ". */
export function cellToXmlText(value: string | number | boolean | string[]): string {
  return stripXmlInvalid(Array.isArray(value) ? value.join(" | ") : String(value));
}
