// Entities that come from a talk's metadata rather than its text: the speaker (person), the
// company (mapped to the lexicon's company when a name or alias matches, else a new company) and
// the event (an edition such as "QCon北京2018" is its own event, `is-a` the lexicon's series; a
// numbered session such as "Go 夜读 第 12 期" is the series itself).
import type { Lexicon } from "../lexicon";
import { findEntry, termKey } from "../lexicon";
import type { EntityType, LexiconEntry } from "../types";

/** A metadata value resolved to an entity: a lexicon entry, or a new name with a type. */
export type MetaEntity =
  | { kind: "lexicon"; entry: LexiconEntry }
  | { kind: "new"; name: string; type: EntityType; aliases?: string[]; series?: LexiconEntry };

/** Legal-form endings dropped before looking a company up ("阿里巴巴集团" → "阿里巴巴"). */
const COMPANY_SUFFIX =
  /(?:股份有限公司|有限责任公司|有限公司|科技|集团|公司|[,\s]*(?:inc\.?|ltd\.?|co\.,? ?ltd\.?|corp\.?|corporation|limited))$/iu;

/** A bracketed note after a name: "郑志雄（花名纶珥）", "Alex (aka AZ)" (NFKC makes （） ASCII). */
const NOTE = /\s*[(（]([^()（）]*)[)）]/gu;
/** A note that gives another name for the person: 花名, 昵称, aka, ... */
const NICKNAME = /^(?:花名|昵称|笔名|英文名|网名|aka|a\.k\.a\.)\s*[:：]?\s*(.+)$/iu;

/** A source's record id in the speaker field ("chengdu_speaker_zehua_wei"): names no one. */
const SLUG = /^[a-z0-9]+(?:_[a-z0-9]+)+$/u;
/** A team or group credit ("SOFA 团队", "Go 夜读 SIG 小组"): no person of its own. */
const GROUP_CREDIT = /(?:团队|小组|编辑部|组委会|工作组|委员会|\bteam|\bgroup|\bstaff)$/iu;
/** A letter an agenda adds to tell apart two talks of one speaker ("刘欣A", "刘欣B"). */
const AGENDA_LETTER = /^(\p{Script=Han}{2,4})[A-Z]$/u;

/** Splits a speaker field holding several people ("张三、李四", "A & B"); notes are dropped. */
export function splitPeople(field: string): string[] {
  return (
    field
      .replace(NOTE, "")
      // A note cut short by the source ("周群力（花名").
      .replace(/\s*[(（][^()（）]*$/u, "")
      .split(/\s*(?:[、,，;；/&]|\band\b|和)\s*/u)
      // "张云浩@字节跳动": a person and where they work; the person is the part before the @.
      .map((p) => p.replace(/\s*@.*$/u, "").trim())
      .map((p) => AGENDA_LETTER.exec(p)?.[1] ?? p)
      // "杨文/John/...": an ellipsis is no one.
      .filter((p) => p.length >= 2 && /\p{L}/u.test(p) && !SLUG.test(p) && !GROUP_CREDIT.test(p))
  );
}

/** "大家好，我是玄北，…": a speaker introducing themself near the start of a transcript. */
const SELF_INTRODUCTION =
  /(?:大家好|各位好)[，,！!。\s]*我是\s*(?:来自[^，,。\s]{1,20}的\s*)?(\p{Script=Han}{2,4})(?=[，,。！!\s(（])/u;
/** Words that open a self-introduction without a name ("我是本期的主持人"). */
const NOT_A_NAME = /^(?:本期|今天|这次|这里|一名|一个|一位|来自|主持|讲师|嘉宾|分享)/u;

/**
 * The people who gave a talk: its speaker field's, or, when the field names no one (missing,
 * a team credit, a record id), the speaker a transcript's opening lines introduce.
 */
export function talkSpeakers(field: string | undefined, text: string): string[] {
  const people = field ? splitPeople(field) : [];
  if (people.length > 0) return people;
  const name = SELF_INTRODUCTION.exec(text.slice(0, 1500))?.[1];
  return name && !NOT_A_NAME.test(name) ? [name] : [];
}

/** Other names given in the field's notes ("郑志雄（花名纶珥）" → 纶珥), for a one-person field. */
function nicknames(field: string): string[] {
  const names: string[] = [];
  for (const [, note] of field.matchAll(NOTE)) {
    const nick = NICKNAME.exec(note!.trim())?.[1]?.trim();
    if (nick) names.push(nick);
  }
  return names;
}

export function speakerEntities(
  field: string | undefined,
  text: string,
  lexicon: Lexicon,
): MetaEntity[] {
  const people = talkSpeakers(field, text);
  const aliases = people.length === 1 && field ? nicknames(field) : [];
  return people.map((name) => {
    const entry = findEntry(lexicon, name);
    if (entry?.type === "person") return { kind: "lexicon", entry };
    return aliases.length > 0
      ? { kind: "new", name, type: "person", aliases }
      : { kind: "new", name, type: "person" };
  });
}

/** Job titles and roles that end an affiliation ("字节跳动架构研发工程师", "Jina AI 创始人及 CEO"). */
const ROLE =
  /(?:[\s&及和与·]*(?:高级|资深|首席|技术|架构|研发|后台|后端|前端|全栈|开发|软件|算法|数据|合伙|联合|执行|核心|认证|产品|项目|运维|测试|安全|社区|团队|业务|系统|应用|解决方案|交付|设计|体验|咨询|senior|principal|staff|chief|lead|co-?)*(?:工程师|架构师|技术专家|专家|负责人|总监|经理|主管|创始人|创业者|研究员|实习生|研究生|博士生|博士后|博士|学生|成员|作者|维护者|讲师|顾问|咨询师|分析师|设计师|开发者|贡献者|审查者|组织者|领先者|领袖|董事|主任|组长|布道师|布道官|科学家|教授|leader|cto|ceo|coo|cio|vp|founder|engineer|developer|architect|advocate|member|maintainer|manager|director|evangelist|consultant|mvp|mct))+$/iu;
/** Clause separators inside an affiliation or a bio. */
const CLAUSE = /\s*(?:[,，;；|｜/、。：]|:(?!\/\/)|\s-\s)\s*/u;
/** A clause about a former post ("前 ThoughtWorks …", "ex-Google"), which names no employer now. */
const FORMER = /^(?:前|ex-|former\b)/iu;

/** The non-empty clauses of an affiliation or a bio, without bracketed notes. */
function clausesOf(text: string): string[] {
  return text
    .replace(NOTE, "")
    .split(CLAUSE)
    .map((c) => c.trim())
    .filter((c) => c !== "");
}
/** How the name of an organisation ends ("…科技有限公司", "…大学", "…实验室"). */
const ORG_END =
  /(?:公司|科技|集团|银行|证券|保险|大学|学院|研究院|研究所|实验室|基金会|企业|医院|中心|部|局|院)$/u;
/** The shortest head of a text that ends like an organisation's name ("香侬科技算法平台" → 香侬科技). */
const ORG_NAME =
  /^.+?(?:有限公司|公司|科技|集团|银行|证券|保险|大学|学院|研究院|研究所|实验室|基金会)/u;
/** A bare organisation name: 2–8 ideographs, maybe with a Latin or digit brand part ("京东7FRESH"). */
const BARE_ORG = /^(?=.*\p{Script=Han})[\p{Script=Han}A-Za-z0-9]{2,8}$/u;
/** Fields that say there is no employer. */
const NO_EMPLOYER = /^(?:自由职业者?|无|暂无|freelancer|self-employed|independent)$/iu;
/** Remainders that describe a person or their work, not an employer. */
const NOT_ORG =
  /^(?:独立|个人|自由|兼职|全职|业余|在读|连续|硬件|软件|开源)|(?:平台|团队|部门|小组|方向|领域|社区|项目|业务|系统|服务|技术|工具|产品|框架|引擎|爱好者|极客)$/u;
const LATIN_HEAD = /^([A-Za-z][\w.&+-]*(?: [A-Z][\w.&+-]*)*) +\p{Script=Han}/u;

/**
 * The organisation an affiliation field names, or undefined when it names none. A plain name
 * ("早安科技", "JuiceData") is itself. A job title or bio ("字节跳动架构研发工程师",
 * "Unisys 首席应用架构师，全球DDD社区领袖") names the first clause that is not a former post
 * ("前 …"), without its notes and the title at its end, and only when that reads as an
 * organisation: a Latin name, or a Chinese one ending like one (公司, 大学, 实验室 …). Roles alone
 * ("技术专家，Kubernetes 审查者", "独立开发者", "连续创业者") name none.
 */
export function affiliationOrg(field: string): string | undefined {
  const clauses = clausesOf(field);
  const first = clauses.find((c) => !FORMER.test(c));
  if (first === undefined) return undefined;
  const isTitle = clauses.some((c) => ROLE.test(c));
  if (!isTitle) return first.length <= 40 && !NO_EMPLOYER.test(first) ? first : undefined;
  // "特斯拉上海超级工厂的全栈工程师": the organisation is what comes before 的.
  const org = first
    .replace(ROLE, "")
    .replace(/的[^的]*$/u, "")
    .replace(/[\s&及和与·-]+$/u, "")
    .trim();
  if (org.length < 2) return undefined;
  const latin = LATIN_HEAD.exec(org)?.[1];
  if (latin) return latin;
  if (/^[\x20-\x7e]+$/u.test(org) || ORG_END.test(org)) return org.length <= 40 ? org : undefined;
  // "香侬科技算法平台负责人": the organisation ends where its own name does (…科技, …公司).
  const named = ORG_NAME.exec(org)?.[0];
  if (named && named.length >= 4) return named;
  // "点我达资深开发工程师": a short name right before a role is the employer, unless it reads as
  // a description of the person or their work ("独立开发者", "算法平台负责人").
  const stripped = first.replace(ROLE, "") !== first;
  if (stripped && BARE_ORG.test(org) && !NOT_ORG.test(org)) return org;
  return undefined;
}

/** Lexicon types an affiliation can name: companies, and the products that are teams (阿里云, AWS). */
const ORG_TYPES: ReadonlySet<EntityType> = new Set(["company", "product"]);

/** What follows the shortest head of `text` whose key is `length` characters long. */
function afterKeyPrefix(text: string, length: number): string {
  let head = "";
  for (let i = 0; i < text.length; i++) {
    head += text[i];
    if (termKey(head).length >= length) return text.slice(i + 1);
  }
  return "";
}

/** The lexicon company or product whose name or alias is the longest prefix of `text`, ending on a word boundary. */
function companyPrefix(text: string, lexicon: Lexicon): LexiconEntry | undefined {
  const key = termKey(text);
  let best: LexiconEntry | undefined;
  let bestLength = 1;
  for (const entry of lexicon.entries) {
    if (!ORG_TYPES.has(entry.type)) continue;
    for (const form of [entry.name, ...(entry.aliases ?? [])]) {
      const k = termKey(form);
      if (k.length <= bestLength || !key.startsWith(k)) continue;
      // "Intel" is not the start of "Intellif": a Latin prefix must end at a word's end, in the
      // text itself ("Microsoft Developer Relations" has one after Microsoft; its key does not).
      if (/[a-z0-9]$/u.test(k) && /^[a-z0-9]/iu.test(afterKeyPrefix(text, k.length))) continue;
      best = entry;
      bestLength = k.length;
    }
  }
  return best;
}

/**
 * The company of a talk's company field: the lexicon entry the whole field names; else the
 * lexicon company its first clause starts with ("字节跳动架构研发工程师" → 字节跳动, "戴姆勒大中华区
 * 高级架构师" → 戴姆勒); else a new company for the organisation it names (see affiliationOrg).
 */
export function companyEntity(field: string | undefined, lexicon: Lexicon): MetaEntity | undefined {
  const name = field?.trim();
  if (!name) return undefined;
  for (const form of [name, name.replace(COMPANY_SUFFIX, "").trim()]) {
    const entry = form ? findEntry(lexicon, form) : undefined;
    if (entry && entry.type !== "person") return { kind: "lexicon", entry };
  }
  const first = clausesOf(name).find((c) => !FORMER.test(c));
  const prefix = first === undefined ? undefined : companyPrefix(first, lexicon);
  if (prefix) return { kind: "lexicon", entry: prefix };
  const org = affiliationOrg(name);
  if (org === undefined) return undefined;
  for (const form of [org, org.replace(COMPANY_SUFFIX, "").trim()]) {
    const entry = form ? findEntry(lexicon, form) : undefined;
    // A title naming a technology ("Go 语言核心贡献者", "Neo4j 技术专家") names no company.
    if (entry) return ORG_TYPES.has(entry.type) ? { kind: "lexicon", entry } : undefined;
  }
  return { kind: "new", name: org, type: "company" };
}

/**
 * Where a bio says the speaker works: "来自希沃", "目前就职于B站", "目前在 hashdata 担任…",
 * "现任华为 OS 内核主任工程师", "hnes@PingCAP". The name runs to the next clause break, space
 * or the verb that follows it (担任, 从事, 负责, 的 …).
 */
const EMPLOYER_PHRASE =
  /(?:来自于?|就职于|任职于|供职于|服务于|目前在|现在在|现就职于|现任职于|现任|加入了?)\s*([A-Za-z][\w.&+-]*(?: [A-Z][\w.&+-]*)*|[\p{Script=Han}A-Za-z0-9]{2,16}?)(?=\s|担任|从事|负责|工作|任职|的|，|,|。|；|;|、|$)|[\w.-]+@([A-Z][\w.&-]+)/u;

/** What an employer phrase names: the lexicon company it starts with, else a name shaped like an organisation. */
function employerOf(name: string, lexicon: Lexicon): MetaEntity | undefined {
  const entry = companyPrefix(name, lexicon);
  if (entry) return { kind: "lexicon", entry };
  // "加入了 Python 核心开发团队": a technology or a community is no employer.
  if (findEntry(lexicon, name)) return undefined;
  if (NOT_ORG.test(name) || NO_EMPLOYER.test(name)) return undefined;
  // A Latin name ("MegaEase", "hashdata"), or Chinese ending like an organisation.
  if (/^[A-Za-z][\w.&+-]{2,}$/u.test(name) || ORG_END.test(name))
    return { kind: "new", name, type: "company" };
  return undefined;
}

/**
 * The employer a bio names, for a talk with no company field: a lexicon company or product that
 * starts one of the bio's first two clauses ("腾讯 TEG 数据平台部编译器组工程师、…",
 * "叶永杰,蚂蚁集团可信原生技术部软件工程师,…"); else the organisation a phrase such as "来自 …" or
 * "就职于 …" names; else a first clause that is an organisation and a role ("哈尔滨工业大学
 * 重庆研究院研究员"). Past employers ("曾就职于 …", "前 …") are not employers.
 */
export function bioCompany(about: string | undefined, lexicon: Lexicon): MetaEntity | undefined {
  const firstLine = about?.split("\n", 1)[0] ?? "";
  const clauses = clausesOf(firstLine);
  for (const clause of clauses.slice(0, 2)) {
    // "曾就职于 …", "先后经历 vivo，字节跳动": a bio also tells past employers, and a list of
    // them follows its opening.
    if (/^(?:曾|先后)/u.test(clause)) break;
    if (FORMER.test(clause)) continue;
    const entry = companyPrefix(clause, lexicon);
    if (entry) return { kind: "lexicon", entry };
  }
  for (const clause of clauses) {
    if (FORMER.test(clause) || /^曾|先后/u.test(clause)) continue;
    const m = EMPLOYER_PHRASE.exec(clause);
    const name = (m?.[1] ?? m?.[2])?.trim();
    const employer = name ? employerOf(name, lexicon) : undefined;
    if (employer) return employer;
  }
  const first = clauses[0];
  if (first && !FORMER.test(first) && ROLE.test(first)) {
    const org = affiliationOrg(first);
    if (org && ORG_END.test(org) && !NOT_ORG.test(org))
      return { kind: "new", name: org, type: "company" };
  }
  return undefined;
}

/** Bracketed labels before an event name: "【活动回顾】SOFAMeetup#8 …", "[回放] …". */
const EVENT_LABEL = /^\s*(?:【[^】]*】|\[[^\]]*\])\s*/u;
/** An episode or session number: the talk belongs to the series, not to an edition of it. */
const EPISODE =
  /\s*(?:第\s*[0-9一二三四五六七八九十百]+\s*[期场回集]|#\s*[0-9]+|\b(?:vol|ep|episode|no)\.?\s*[0-9]+\b)/iu;
/**
 * Whether a title opens with a session number and names no series ("第 23 期 Drone 简单介绍"):
 * "Meetup#3 回顾" or "SOFAChannel#31 …" name their own series before the number.
 */
export function isEpisodeTitle(title: string): boolean {
  return EPISODE.exec(title.replace(EVENT_LABEL, ""))?.index === 0;
}

/** A generic event noun after an edition's year: "DDD China 2019 领域驱动设计峰会" → "DDD China 2019". */
const EDITION_SUFFIX =
  /^(.*?\b(?:19|20)[0-9]{2})\s+[\u3400-\u9fff]*(?:峰会|大会|会议|年会|论坛|技术节)$/u;

/** The lexicon event whose name or alias is the longest prefix of the name. */
function seriesOf(name: string, lexicon: Lexicon): LexiconEntry | undefined {
  const key = termKey(name);
  let series: LexiconEntry | undefined;
  let best = 0;
  for (const entry of lexicon.entries) {
    if (entry.type !== "event") continue;
    for (const form of [entry.name, ...(entry.aliases ?? [])]) {
      const k = termKey(form);
      if (k.length > best && key.startsWith(k)) {
        best = k.length;
        series = entry;
      }
    }
  }
  return series;
}

/**
 * An event exactly in the lexicon is that entry. A session of a series ("Go 夜读 第 12 期",
 * "SOFAChannel#20:…") is the series itself: the lexicon's, else the name before the number. An
 * edition ("QCon北京2018") is a new event, `is-a` the lexicon event that is the longest prefix of
 * it; its full field is kept as an alias when a trailing event noun was dropped.
 */
export function eventEntity(field: string | undefined, lexicon: Lexicon): MetaEntity | undefined {
  const raw = field?.trim();
  if (!raw) return undefined;
  const exact = findEntry(lexicon, raw);
  if (exact) return { kind: "lexicon", entry: exact };
  const name = raw.replace(EVENT_LABEL, "").trim() || raw;
  const episode = EPISODE.exec(name);
  if (episode && episode.index > 0) {
    const seriesName = name.slice(0, episode.index).replace(/[\s:：,，|｜-]+$/u, "");
    const series = findEntry(lexicon, seriesName) ?? seriesOf(seriesName, lexicon);
    if (series) return { kind: "lexicon", entry: series };
    if (seriesName.length >= 2) return { kind: "new", name: seriesName, type: "event" };
  }
  const edition = EDITION_SUFFIX.exec(name)?.[1] ?? name;
  const again = findEntry(lexicon, edition);
  if (again) return { kind: "lexicon", entry: again };
  const series = seriesOf(edition, lexicon);
  return {
    kind: "new",
    name: edition,
    type: "event",
    ...(edition !== raw ? { aliases: [raw] } : {}),
    ...(series ? { series } : {}),
  };
}
