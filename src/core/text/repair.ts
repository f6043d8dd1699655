// Repairs text extracted from PDFs and web pages so that names and terms can be matched:
// radical glyphs become ideographs, Unicode is NFKC-normalised, garbage runs are dropped and
// white space collapsed. repairText is idempotent (it iterates its steps to a fixed point).

import { radicalToIdeograph } from "./radicals";

/** Safety bound on fixed-point iterations; each step only shrinks or normalises, so 2–3 suffice. */
const MAX_PASSES = 8;

/**
 * PDF fonts emit a radical glyph, often followed by the real ideograph (`⼀一`, `⻣骨`).
 * This must run before NFKC: afterwards `⼀一` is indistinguishable from a genuine `一一`.
 */
export function repairRadicals(s: string): string {
  let out = "";
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i] ?? "";
    const ideograph = radicalToIdeograph(ch.codePointAt(0) ?? 0);
    if (ideograph === undefined) {
      out += ch;
      continue;
    }
    out += ideograph;
    if (cps[i + 1] === ideograph) i++;
  }
  return out;
}

/** U+FFFD with the `?` that decoders leave around it, and free-standing `??` runs. */
const REPLACEMENT_RUN = /[?？]*\uFFFD[?？\uFFFD]*/g;
const QUESTION_RUN = /(?<=^|\s)[?？]{2,}(?=\s|$)/g;

function dropGarbage(s: string): string {
  return s.replace(REPLACEMENT_RUN, "").replace(QUESTION_RUN, "");
}

/** Runs of white space become one space, except that page breaks (\f) and line breaks survive. */
function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, (run) => {
    if (run.includes("\f")) return run.replace(/[^\f]/g, "");
    if (/[\n\r\u2028\u2029]/.test(run)) return "\n";
    return " ";
  });
}

function repairOnce(s: string): string {
  return collapseWhitespace(dropGarbage(repairRadicals(s).normalize("NFKC")));
}

/** Radical repair, NFKC, garbage removal and white-space collapsing; never throws. */
export function repairText(s: string): string {
  let current = s;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = repairOnce(current);
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** Characters ignored when comparing names (seed-gold.json's "matching" rule). */
const KEY_IGNORED = /[\s\-_./·]/g;

/** A matching key for names: repaired (NFKC), lower-cased, without white space and `- _ . / ·`. */
export function normalizeKey(s: string): string {
  return repairText(s).toLowerCase().replace(KEY_IGNORED, "");
}
