// Detects Chinese person names (2–4 characters: a surname from 百家姓 plus a one- or
// two-character given name) where talk metadata runs into free text with no separator.
// General rules only: a surname list, characters that rarely occur in given names, and context.

/** Two-character surnames of 百家姓 (checked before single ones). */
export const DOUBLE_SURNAMES: readonly string[] = [
  ..."万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 仉督 子车 颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 榖梁 段干 百里 东郭 南门 呼延 羊舌 微生 梁丘 左丘 东门 西门 南宫 第五".split(
    " ",
  ),
];

/** Single-character surnames: 百家姓 plus a few common modern ones (肖, 覃, 朴, 区 ...). */
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(
  "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴鬱胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公牟哈言福肖区覃朴繁员要过钻谌折召郄撒甯六啜行",
);

/**
 * Characters that are common in running text and titles but rare in given names; a candidate
 * name containing one is rejected or shortened (`禹立彬和百度` → 禹立彬, `高可用` → no name).
 */
const NOT_IN_GIVEN_NAME = new Set(
  "的了和是在与及或等对为从把被将讲谈说做也都就而之以于向给跟同由我你他她它们这那有无不个上下中用可性化式型网络据库件器端层务程统术法构理台案题量率度存储码据级类型制供需要更能已请来去到说".split(
    "",
  ),
);

const HAN = /^\p{Script=Han}$/u;

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** The surname length (1 or 2) at `pos`, or 0 when no surname starts there. */
function surnameAt(chars: readonly string[], pos: number): number {
  const two = (chars[pos] ?? "") + (chars[pos + 1] ?? "");
  if (DOUBLE_SURNAMES.includes(two)) return 2;
  return SINGLE_SURNAMES.has(chars[pos] ?? "") ? 1 : 0;
}

export interface NameOptions {
  /** Text expected right after the name (e.g. the title repeated in the snippet): decides length. */
  expectAfter?: string;
  /** When set, the name must be followed by one of these (or by the end); otherwise anything. */
  mustEndBefore?: RegExp;
}

/**
 * Reads a person name starting at code-point index `pos` of `chars`. Returns its length in code
 * points, or 0. Longer names win unless the context says otherwise (the text after the shorter
 * candidate matches `expectAfter`, or the longer one contains a non-name character).
 */
export function readPersonName(
  chars: readonly string[],
  pos: number,
  options: NameOptions = {},
): number {
  const surname = surnameAt(chars, pos);
  if (surname === 0) return 0;
  const candidates: number[] = [];
  for (const given of [2, 1]) {
    const len = surname + given;
    const part = chars.slice(pos + surname, pos + len);
    if (part.length !== given || !part.every((c) => isHan(c) && !NOT_IN_GIVEN_NAME.has(c))) {
      continue;
    }
    // A two-character reduplication (`谢谢`, `常常`) is a word, not a name.
    if (len === 2 && part[0] === chars[pos]) continue;
    const next = chars[pos + len];
    if (options.mustEndBefore && next !== undefined && !options.mustEndBefore.test(next)) continue;
    candidates.push(len);
  }
  if (candidates.length === 0) return 0;
  const expect = options.expectAfter;
  if (expect) {
    const fits = candidates.find((len) =>
      chars
        .slice(pos + len)
        .join("")
        .startsWith(expect),
    );
    if (fits !== undefined) return fits;
  }
  return candidates[0] ?? 0;
}

/** True when the whole string is a plausible Chinese person name. */
export function isPersonName(s: string): boolean {
  const chars = Array.from(s.trim());
  return chars.length >= 2 && readPersonName(chars, 0, { mustEndBefore: /^$/ }) === chars.length;
}
