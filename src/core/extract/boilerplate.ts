// Calls to action are not mentions: "欢迎加入直播互动钉钉群", "扫码关注…微信公众号", "在钉钉群或者
// Github 上与我们讨论交流" end many posts and slide decks and say where to follow the authors,
// not what the talk is about. A call to action is a clause that names a channel (公众号, 钉钉群,
// 二维码, …) and asks the reader to do something with it (关注, 加入, 扫码, 留言, …); the rest of
// its sentence ("我们的服务网格实践，欢迎加入…") still counts.
import type { Hit } from "./matcher";

const CHANNEL = /公众号|钉钉群|微信群|QQ群|交流群|二维码|群号|直播间/gu;
const ASK = /欢迎|关注|加入|扫码|扫描|搜索|留言|回复|订阅|讨论交流|互动/u;
const CLAUSE_END = /[。！？!?\n，,；;]/u;

/** The calls to action in a text, as [start, end) pairs in text order. */
export function callToActionSpans(text: string): number[] {
  const spans: number[] = [];
  // Channels are rare: each is found by one regex pass, and only its clause is read.
  for (const m of text.matchAll(CHANNEL)) {
    if (spans.length > 0 && m.index < spans[spans.length - 1]!) continue;
    let start = m.index;
    while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
    if (ASK.test(text.slice(start, end))) spans.push(start, end);
  }
  return spans;
}

/** Hits outside calls to action, in text order. */
export function dropCallToActionHits(hits: Hit[], text: string): Hit[] {
  if (hits.length === 0) return hits;
  const spans = callToActionSpans(text);
  if (spans.length === 0) return hits;
  let s = 0;
  return hits.filter((hit) => {
    while (s < spans.length && spans[s + 1]! <= hit.start) s += 2;
    return !(s < spans.length && spans[s]! <= hit.start);
  });
}
