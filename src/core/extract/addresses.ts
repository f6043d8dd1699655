// Domain names and Java packages are not mentions: "xx@gmail.com" names no Gmail, and
// "com.alipay.sofa.rpc" no Alipay. A Latin hit right before a top-level domain ("gmail.com"),
// or right after one that opens a reverse-domain package ("com.alipay"), is a part of an
// address. Links are judged by urls.ts ("www.163yun.com" names 网易云) and stay as it left them;
// so do Go's package uses ("pprof.StartCPUProfile", "sync.Mutex"), which are real mentions.
import type { Hit } from "./matcher";
import type { Span } from "./urls";

const TLD = ["com", "cn", "org", "net", "io"];
/** A package opening with a top-level domain, ending right before the hit: "com.", "org.". */
const PACKAGE_HEAD = /(?:^|[^a-z0-9_.])(?:com|cn|org|net|io)\.$/u;

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether [start, end) of a lower-cased text is a label of a domain name or a Java package. */
export function inAddress(lower: string, start: number, end: number): boolean {
  if (lower.charCodeAt(start - 1) === 46 && PACKAGE_HEAD.test(lower.slice(start - 5, start)))
    return true;
  if (lower.charCodeAt(end) !== 46) return false;
  return TLD.some(
    (tld) => lower.startsWith(tld, end + 1) && !isWordCode(lower.charCodeAt(end + 1 + tld.length)),
  );
}

/** Hits that are no part of a domain name or package outside links, in text order. */
export function dropAddressHits(hits: Hit[], lower: string, links: readonly Span[]): Hit[] {
  if (hits.length === 0 || !lower.includes(".")) return hits;
  let s = 0;
  return hits.filter((hit) => {
    while (s < links.length && links[s]!.end <= hit.start) s++;
    const link = links[s];
    if (link && hit.start >= link.start) return true;
    return !inAddress(lower, hit.start, hit.end);
  });
}
