// Splits a raw talk title into title, speaker, company, event and collection, for clean titles
// (file names: `QCon北京2018-《美团配送系统架构演进实践》-阴永俊.pdf`) and for listing entries
// whose title runs straight into slide text (`...TiDB-沈泰宁构建强一致性...`).

import { repairText } from "../text";
import { findTitleEnd } from "./boundary";
import { readCollectionPrefix, readEventPrefix } from "./events";
import { readPersonName } from "./names";

export interface TitleMeta {
  title: string;
  speaker?: string;
  company?: string;
  event?: string;
  collection?: string;
}

/** A split listing head: the metadata plus the slide text that followed the title. */
export interface HeadSplit extends TitleMeta {
  rest: string;
}

/** Well-known Chinese tech companies; a title starting with one names the company. */
export const KNOWN_COMPANIES: readonly string[] = [
  ..."阿里巴巴 阿里云 蚂蚁金服 蚂蚁集团 腾讯云 腾讯 百度 字节跳动 美团点评 美团 京东 网易云 网易 华为云 华为 小米 滴滴 拼多多 快手 携程 新浪 微博 搜狐 奇虎360 苏宁易购 苏宁 唯品会 饿了么 贝壳 链家 58同城 爱奇艺 优酷 哔哩哔哩 知乎 陌陌 顺丰 平安科技 招商银行 微众银行 中国移动 中国电信 中国联通 金山云 七牛云 有赞 去哪儿 同程 大众点评 转转 得物 小红书 蔚来 理想汽车 PingCAP Shopee".split(
    " ",
  ),
].sort((a, b) => b.length - a.length);

const DASH = /[-—–_]/u;
const NAME_END = /[^\p{Script=Han}]/u;
const QUOTES: readonly [string, string][] = [
  ["《", "》"],
  ["“", "”"],
  ["「", "」"],
  ['"', '"'],
];
/** How far into a head a `TITLE-SPEAKER` dash may be (code units). */
const MAX_DASH_INDEX = 80;
const FILE_EXTENSION = /\.(pdf|pptx?|key|docx?|txt|md)$/iu;

function chars(s: string): string[] {
  return Array.from(s);
}

/** Reads a name at the start of `s`; with `runsOn` the name may be glued to following text. */
function nameAtStart(s: string, runsOn: boolean, expectAfter?: string): string | undefined {
  const cs = chars(s);
  const options = runsOn ? { expectAfter } : { mustEndBefore: NAME_END };
  const len = readPersonName(cs, 0, options);
  return len > 0 ? cs.slice(0, len).join("") : undefined;
}

function titleOrRest(s: string, runsOn: boolean): { title: string; rest: string } {
  if (!runsOn) return { title: s.trim(), rest: "" };
  const end = findTitleEnd(s);
  return { title: s.slice(0, end).trim(), rest: s.slice(end).trim() };
}

/** A title in quotes at the start: `《TITLE》-SPEAKER...`. */
function readQuoted(s: string, runsOn: boolean): HeadSplit | undefined {
  for (const [open, close] of QUOTES) {
    if (!s.startsWith(open)) continue;
    const end = s.indexOf(close, open.length);
    if (end <= open.length) continue;
    const title = s.slice(open.length, end).trim();
    let rest = s.slice(end + close.length);
    const sep = /^\s*[-—–_]?\s*/u.exec(rest)?.[0] ?? "";
    const speaker = nameAtStart(rest.slice(sep.length), runsOn);
    if (speaker) rest = rest.slice(sep.length + speaker.length);
    return { title, ...(speaker ? { speaker } : {}), rest: rest.trim() };
  }
  return undefined;
}

/** `SPEAKER-TITLE...` */
function readSpeakerFirst(s: string, runsOn: boolean): HeadSplit | undefined {
  const cs = chars(s);
  const len = readPersonName(cs, 0, { mustEndBefore: DASH });
  if (len === 0 || !DASH.test(cs[len] ?? "")) return undefined;
  const speaker = cs.slice(0, len).join("");
  const { title, rest } = titleOrRest(cs.slice(len + 1).join(""), runsOn);
  return title ? { title, speaker, rest } : undefined;
}

/** `TITLE-SPEAKER...`: the first dash followed by a name, before any hard boundary. */
function readSpeakerAfterDash(s: string, runsOn: boolean): HeadSplit | undefined {
  const limit = Math.min(s.length, MAX_DASH_INDEX, runsOn ? findTitleLimit(s) : s.length);
  for (let i = 2; i < limit; i++) {
    if (!DASH.test(s[i] ?? "")) continue;
    const title = s.slice(0, i).trim();
    const after = s.slice(i + 1);
    const speaker = nameAtStart(after, runsOn, chars(title).slice(0, 4).join(""));
    if (speaker && title) return { title, speaker, rest: after.slice(speaker.length).trim() };
  }
  return undefined;
}

/** Titles never span a space between two Han characters or a bullet; dashes after that are text. */
function findTitleLimit(s: string): number {
  const m = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})|[•●■◆▪‣、;。]/u.exec(s);
  return m ? m.index : s.length;
}

/** `TITLE COMPANY SPEAKER...` (`苏宁易购小程序架构实践 苏宁 禹立彬`). */
function readTitleCompanySpeaker(s: string, runsOn: boolean): HeadSplit | undefined {
  const m = /^(\S{4,}?)\s+([\p{Script=Han}A-Za-z0-9&]{2,12})\s+(\S.*)$/su.exec(s);
  if (!m) return undefined;
  const [, title = "", company = "", tail = ""] = m;
  if (!/\p{Script=Han}/u.test(title)) return undefined;
  // In a listing the first token must be a whole title, not a title already running into text.
  if (runsOn && findTitleEnd(title) !== title.length) return undefined;
  const speaker = nameAtStart(tail, runsOn);
  if (!speaker) return undefined;
  const rest = tail.slice(speaker.length);
  if (!runsOn && rest.trim() !== "") return undefined;
  return { title, company, speaker, rest: rest.trim() };
}

/** `TITLE SPEAKER` for clean titles only. */
function readTrailingSpeaker(s: string): HeadSplit | undefined {
  const m = /^(.{4,}?)\s+(\S{2,4})$/su.exec(s);
  if (!m?.[1] || !m[2]) return undefined;
  return nameAtStart(m[2], false) === m[2] ? { title: m[1], speaker: m[2], rest: "" } : undefined;
}

function companyFromTitle(title: string): string | undefined {
  return KNOWN_COMPANIES.find((c) => title.startsWith(c) && title.length > c.length);
}

/**
 * Splits `raw` into metadata and the remaining text. With `runsOn` the title is assumed to run
 * into slide text (listing entries); otherwise the whole remainder is the title.
 */
export function splitHead(raw: string, runsOn: boolean): HeadSplit {
  let s = repairText(raw).trim();
  if (!runsOn) s = s.replace(FILE_EXTENSION, "").trim();
  const meta: Omit<TitleMeta, "title"> = {};
  const event = readEventPrefix(s);
  if (event) [meta.event, s] = [event.value, event.rest];
  const collection = readCollectionPrefix(s);
  if (collection) [meta.collection, s] = [collection.value, collection.rest];
  const split = readQuoted(s, runsOn) ??
    readSpeakerFirst(s, runsOn) ??
    readSpeakerAfterDash(s, runsOn) ??
    readTitleCompanySpeaker(s, runsOn) ??
    (runsOn ? undefined : readTrailingSpeaker(s)) ?? { ...titleOrRest(s, runsOn) };
  const company = split.company ?? companyFromTitle(split.title);
  return { ...meta, ...split, ...(company ? { company } : {}) };
}

/** Metadata from a clean raw title such as a slide file name. Never throws. */
export function parseTitleMeta(rawTitle: string): TitleMeta {
  const split: Partial<HeadSplit> = splitHead(rawTitle, false);
  delete split.rest;
  return split as TitleMeta;
}
