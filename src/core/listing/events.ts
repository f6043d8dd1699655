// Recognises conference-event and collection prefixes at the start of a talk title
// (`QCon北京2018-`, `ArchSummit深圳2019 `, `GIAC 2020:`, `领域驱动设计&中台/`).
// Event series and cities are general lists, not words taken from any one listing.

/** Conference series whose names prefix talk titles in Chinese slide archives. */
export const EVENT_SERIES: readonly string[] = [
  "QCon",
  "ArchSummit",
  "GIAC",
  "GMTC",
  "AICon",
  "CNUTCon",
  "JTalk",
  "SACC",
  "DTCC",
  "SDCC",
  "WOT",
  "Gdevops",
  "GOTC",
  "GopherChina",
  "PyCon China",
  "PyConChina",
  "DDD China",
  "KubeCon",
  "CloudNativeCon",
  "COSCon",
  "D2",
  "FEDay",
  "JSConf China",
  "Velocity",
  "TOP100Summit",
  "A2M",
  "MPD",
  "BDTC",
  "CCF",
  "DevOpsDays",
  "RustChinaConf",
  "TiDB DevCon",
  "SOFAChannel",
  "SOFAMeetup",
  "ECUG",
  "Ruby China",
  "VueConf",
  "RubyConf China",
  "InfoQ",
].sort((a, b) => b.length - a.length);

/** Cities (and "global/online") that follow a series name (`QCon北京`, `ArchSummit 深圳`). */
export const EVENT_CITIES: readonly string[] = [
  ..."北京 上海 深圳 广州 杭州 成都 南京 武汉 西安 重庆 天津 苏州 厦门 长沙 郑州 青岛 大连 济南 合肥 福州 南宁 昆明 贵阳 沈阳 哈尔滨 长春 石家庄 太原 宁波 无锡 东莞 珠海 香港 台北 澳门 硅谷 旧金山 纽约 伦敦 新加坡 东京 全球 中国 线上 在线".split(
    " ",
  ),
].sort((a, b) => b.length - a.length);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SERIES = EVENT_SERIES.map(escape).join("|");
const CITY = EVENT_CITIES.map(escape).join("|");
const YEAR = "(?:19|20)\\d{2}";
/** A separator after the prefix; a space only counts when something follows it. */
const SEP = "(?:\\s*[-—–_:|]\\s*|\\s+(?=\\S))";

/** Known series, optional city, optional year, then a separator. */
const KNOWN_EVENT = new RegExp(
  `^((?:${SERIES})(?:\\s?(?:${CITY}))?(?:\\s?${YEAR})?(?:\\s?(?:全球软件开发大会|全球架构师峰会|大会|峰会))?)${SEP}`,
  "iu",
);
/** An unknown Latin series name needs a year and a dash to count (`FooConf上海2019-`). */
const UNKNOWN_EVENT = new RegExp(
  `^([A-Z][A-Za-z0-9]{2,}(?:\\s?(?:${CITY}))?\\s?${YEAR})\\s*[-—–_:]\\s*`,
  "u",
);
/** Chinese event names ending in 大会/峰会/论坛 with an optional year, then a dash. */
const CHINESE_EVENT = new RegExp(
  `^([\\p{Script=Han}A-Za-z0-9]{2,16}?(?:大会|峰会|论坛|技术沙龙|开发者日)(?:\\s?${YEAR})?)\\s*[-—–_:|]\\s*`,
  "u",
);

export interface Prefix {
  value: string;
  rest: string;
}

/** The event prefix of a title and what follows it, or undefined. */
export function readEventPrefix(s: string): Prefix | undefined {
  for (const re of [KNOWN_EVENT, UNKNOWN_EVENT, CHINESE_EVENT]) {
    const m = re.exec(s);
    const value = m?.[1]?.trim();
    if (m && value) {
      const rest = s.slice(m[0].length);
      if (rest.length > 0) return { value, rest };
    }
  }
  return undefined;
}

/**
 * A collection prefix: 4–20 characters with at least two Han characters and no white space,
 * ending in `/` or `:` (`领域驱动设计&中台/`, `高可用与一致性:`). Shorter prefixes are usually
 * part of the title (`CI/CD`, `前端/后端`).
 */
const COLLECTION = /^([^\s/:：]{4,20})[/:：](?=\S{4})/u;

export function readCollectionPrefix(s: string): Prefix | undefined {
  const m = COLLECTION.exec(s);
  const value = m?.[1];
  if (!m || !value) return undefined;
  const han = value.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < 2) return undefined;
  return { value, rest: s.slice(m[0].length) };
}
