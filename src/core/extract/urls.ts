// Links are not mentions: "https://cdn.example.com/x.html" names neither CDN nor HTML. Inside a
// URL only the host may name something, and only a company or product ("www.163yun.com" →
// 网易云, "github.com" → GitHub); everything else matched inside a URL is dropped.
import type { Hit } from "./matcher";

const URL = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>()[\]{}"'，。；、）]+/giu;

interface Span {
  start: number;
  hostEnd: number;
  end: number;
}

export function urlSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(URL)) {
    const scheme = m[0].indexOf("://");
    const hostStart = scheme >= 0 ? scheme + 3 : 0;
    const slash = m[0].indexOf("/", hostStart);
    spans.push({
      start: m.index,
      hostEnd: m.index + (slash >= 0 ? slash : m[0].length),
      end: m.index + m[0].length,
    });
  }
  return spans;
}

/** Hits outside URLs, plus company/product hits in a URL's host. Hits and spans are in text order. */
export function dropUrlHits(hits: Hit[], text: string): Hit[] {
  if (!text.includes("://") && !/www\./iu.test(text)) return hits;
  const spans = urlSpans(text);
  let s = 0;
  return hits.filter((hit) => {
    while (s < spans.length && spans[s]!.end <= hit.start) s++;
    const span = spans[s];
    if (!span || hit.end <= span.start) return true;
    const type = hit.entry.type;
    return hit.end <= span.hostEnd && (type === "company" || type === "product");
  });
}
