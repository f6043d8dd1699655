// Links are not mentions: "https://cdn.example.com/x.html" names neither CDN nor HTML. Inside a
// URL only the host may name something, and only a company or product ("www.163yun.com" →
// 网易云, "github.com" → GitHub); everything else matched inside a URL is dropped.
import type { Hit } from "./matcher";

interface Span {
  start: number;
  hostEnd: number;
  end: number;
}

/** The rest of a URL from its scheme or "www.": up to white space, a bracket or CJK punctuation. */
const URL_BODY = /[^\s<>()[\]{}"'，。；、）]+/uy;
const SCHEMES = ["https", "http", "ftp"];

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Where a URL starting with "://" at `colon` begins (its scheme), or -1 when it has none. */
function schemeStart(lower: string, colon: number): number {
  for (const scheme of SCHEMES) {
    const start = colon - scheme.length;
    if (start >= 0 && lower.startsWith(scheme, start) && !isWordCode(lower.charCodeAt(start - 1)))
      return start;
  }
  return -1;
}

/** URL spans of a lower-cased text: found with indexOf, not a regex tried at every offset. */
export function urlSpans(lower: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const colon = lower.indexOf("://", from);
    const www = lower.indexOf("www.", from);
    if (colon < 0 && www < 0) break;
    let start: number;
    let hostStart: number;
    if (colon >= 0 && (www < 0 || colon < www)) {
      start = schemeStart(lower, colon);
      hostStart = colon + 3;
      from = colon + 3;
    } else {
      start = www > 0 && isWordCode(lower.charCodeAt(www - 1)) ? -1 : www;
      hostStart = www;
      from = www + 4;
    }
    if (start < 0) continue;
    URL_BODY.lastIndex = start;
    const end = start + (URL_BODY.exec(lower)?.[0].length ?? 0);
    const slash = lower.indexOf("/", hostStart);
    spans.push({ start, hostEnd: slash >= 0 && slash < end ? slash : end, end });
    from = Math.max(from, end);
  }
  return spans;
}

/**
 * Hits outside URLs, plus company/product hits in a URL's host. Hits are in text order; `lower`
 * is the field's lower-cased text (same offsets).
 */
export function dropUrlHits(hits: Hit[], lower: string): Hit[] {
  if (hits.length === 0 || (!lower.includes("://") && !lower.includes("www."))) return hits;
  const spans = urlSpans(lower);
  let s = 0;
  return hits.filter((hit) => {
    while (s < spans.length && spans[s]!.end <= hit.start) s++;
    const span = spans[s];
    if (!span || hit.end <= span.start) return true;
    const type = hit.entry.type;
    return hit.end <= span.hostEnd && (type === "company" || type === "product");
  });
}
