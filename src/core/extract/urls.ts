// Links are not mentions: "https://cdn.example.com/x.html" names neither CDN nor HTML. Inside a
// URL only a site's own name may name something, and only a company or product
// ("www.163yun.com" → 网易云, "github.com" → GitHub): the label before the top-level domain of
// a host with no subdomain, or one that is a section of the site's own ("www", "blog": a
// company's blog is the company's voice). A service's subdomain ("mp.weixin.qq.com/s/…", an
// article on a blog platform; "docs.google.com") names neither the service nor its owner.
// Everything else matched inside a URL is dropped.
// Nor are addresses outside links: "xx@gmail.com" names no Gmail, and "com.alipay.sofa.rpc" no
// Alipay. A Latin hit right before a top-level domain ("gmail.com"), or right after one that
// opens a reverse-domain package ("com.alipay"), is a part of an address. Go's package uses
// ("pprof.StartCPUProfile", "sync.Mutex") are real mentions and stay.
import type { Hit } from "./matcher";

interface Span {
  start: number;
  /** Where the site's own name starts ("163yun" of "www.163yun.com"), or -1 when it has none. */
  nameStart: number;
  /** Where that name ends: the dot before the top-level domain. */
  nameEnd: number;
  /** Where the host ends (a name may be written with its domain: "163yun.com"). */
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
  if (!lower.includes("://") && !lower.includes("www.")) return spans;
  let from = 0;
  // The next "://" and "www." at or after `from`, each searched again only once passed.
  let colon = -2;
  let www = -2;
  for (;;) {
    if (colon !== -1 && colon < from) colon = lower.indexOf("://", from);
    if (www !== -1 && www < from) www = lower.indexOf("www.", from);
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
    let hostEnd = hostStart;
    while (hostEnd < end && lower.charCodeAt(hostEnd) !== 47) hostEnd++;
    spans.push({ start, ...siteName(lower, hostStart, hostEnd), hostEnd, end });
    from = Math.max(from, end);
  }
  return spans;
}

/** Subdomains that are sections of a site's own, in the site's voice. */
const SITE_SECTIONS = new Set([
  "www",
  "blog",
  "blogs",
  "engineering",
  "tech",
  "developer",
  "en",
  "cn",
]);

/** Where a host's own name is: "github.com", "www.163yun.com", not "mp.weixin.qq.com". */
function siteName(
  lower: string,
  hostStart: number,
  hostEnd: number,
): { nameStart: number; nameEnd: number } {
  const labels = lower
    .slice(hostStart, hostEnd)
    .replace(/:[0-9]+$/u, "")
    .split(".");
  const section = labels.length === 3 && SITE_SECTIONS.has(labels[0]!);
  const own = section ? labels.slice(1) : labels;
  if (own.length !== 2 || own[0] === "") return { nameStart: -1, nameEnd: -1 };
  const nameStart = hostStart + (section ? labels[0]!.length + 1 : 0);
  return { nameStart, nameEnd: nameStart + own[0]!.length };
}

const TLD = ["com", "cn", "org", "net", "io"];
/** A package opening with a top-level domain, ending right before the hit: "com.", "org.". */
const PACKAGE_HEAD = /(?:^|[^a-z0-9_.])(?:com|cn|org|net|io)\.$/u;

/** Whether [start, end) of a lower-cased text is a label of a domain name or a Java package. */
export function inAddress(lower: string, start: number, end: number): boolean {
  if (lower.charCodeAt(start - 1) === 46 && PACKAGE_HEAD.test(lower.slice(start - 5, start)))
    return true;
  if (lower.charCodeAt(end) !== 46) return false;
  return TLD.some(
    (tld) => lower.startsWith(tld, end + 1) && !isWordCode(lower.charCodeAt(end + 1 + tld.length)),
  );
}

/**
 * The hits that name something: outside links, those that are no part of an address; inside a
 * link, company/product hits naming its site. Hits are in text order; `lower` is the field's
 * lower-cased text (same offsets).
 */
export function dropLinkHits(hits: Hit[], lower: string): Hit[] {
  // Without a dot a text holds no address, and a link only with a scheme ("http://localhost").
  if (hits.length === 0 || (!lower.includes(".") && !lower.includes("://"))) return hits;
  const spans = urlSpans(lower);
  let s = 0;
  return hits.filter((hit) => {
    while (s < spans.length && spans[s]!.end <= hit.start) s++;
    const span = spans[s];
    if (!span || hit.end <= span.start) return !inAddress(lower, hit.start, hit.end);
    const type = hit.entry.type;
    return (
      hit.start === span.nameStart &&
      (hit.end === span.nameEnd || hit.end === span.hostEnd) &&
      (type === "company" || type === "product")
    );
  });
}
