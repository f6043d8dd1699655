// Radical → ideograph data for repairing text extracted from PDFs.
// PDF fonts often map CJK glyphs to radical code points; the Kangxi block is covered by NFKC,
// but the CJK Radicals Supplement (U+2E80–U+2EF3) mostly is not, so it is tabulated here.

/**
 * CJK Radicals Supplement → the unified ideograph it stands for (after Unicode's
 * EquivalentUnifiedIdeograph.txt; simplified forms map to the simplified ideograph).
 * U+2E9A is unassigned and absent.
 */
export const SUPPLEMENT_RADICALS: Readonly<Record<number, number>> = {
  0x2e80: 0x51ab, // REPEAT 冫
  0x2e81: 0x5382, // CLIFF 厂
  0x2e82: 0x4e5b, // SECOND ONE 乛
  0x2e83: 0x4e5a, // SECOND TWO 乚
  0x2e84: 0x4e59, // SECOND THREE 乙
  0x2e85: 0x4ebb, // PERSON 亻
  0x2e86: 0x5182, // BOX 冂
  0x2e87: 0x51e0, // TABLE 几
  0x2e88: 0x2008a, // KNIFE ONE 𠂊
  0x2e89: 0x5202, // KNIFE TWO 刂
  0x2e8a: 0x535c, // DIVINATION 卜
  0x2e8b: 0x353e, // SEAL 㔾
  0x2e8c: 0x5c0f, // SMALL ONE 小
  0x2e8d: 0x5c0f, // SMALL TWO 小
  0x2e8e: 0x5140, // LAME ONE 兀
  0x2e8f: 0x5c23, // LAME TWO 尣
  0x2e90: 0x5c22, // LAME THREE 尢
  0x2e91: 0x21bc2, // LAME FOUR 𡯂
  0x2e92: 0x5df3, // SNAKE 巳
  0x2e93: 0x5e7a, // THREAD 幺
  0x2e94: 0x5f51, // SNOUT ONE 彑
  0x2e95: 0x5f50, // SNOUT TWO 彐
  0x2e96: 0x5fc4, // HEART ONE 忄
  0x2e97: 0x38fa, // HEART TWO 㣺
  0x2e98: 0x624c, // HAND 扌
  0x2e99: 0x6535, // RAP 攵
  0x2e9b: 0x65e1, // CHOKE 旡
  0x2e9c: 0x65e5, // SUN 日
  0x2e9d: 0x6708, // MOON 月
  0x2e9e: 0x6b7a, // DEATH 歺
  0x2e9f: 0x6bcd, // MOTHER 母
  0x2ea0: 0x6c11, // CIVILIAN 民
  0x2ea1: 0x6c35, // WATER ONE 氵
  0x2ea2: 0x6c3a, // WATER TWO 氺
  0x2ea3: 0x706c, // FIRE 灬
  0x2ea4: 0x722b, // PAW ONE 爫
  0x2ea5: 0x722b, // PAW TWO 爫
  0x2ea6: 0x4e2c, // SIMPLIFIED HALF TREE TRUNK 丬
  0x2ea7: 0x725b, // COW 牛
  0x2ea8: 0x72ad, // DOG 犭
  0x2ea9: 0x738b, // JADE 王
  0x2eaa: 0x24d14, // BOLT OF CLOTH 𤴔
  0x2eab: 0x7f52, // EYE 罒
  0x2eac: 0x793a, // SPIRIT ONE 示
  0x2ead: 0x793b, // SPIRIT TWO 礻
  0x2eae: 0x7af9, // BAMBOO 竹
  0x2eaf: 0x7cf9, // SILK 糹
  0x2eb0: 0x7e9f, // C-SIMPLIFIED SILK 纟
  0x2eb1: 0x7f53, // NET ONE 罓
  0x2eb2: 0x7f52, // NET TWO 罒
  0x2eb3: 0x34c1, // NET THREE 㓁
  0x2eb4: 0x7f51, // NET FOUR 网
  0x2eb5: 0x7f51, // MESH 网
  0x2eb6: 0x7f8a, // SHEEP 羊
  0x2eb7: 0x2634c, // RAM 𦍌
  0x2eb8: 0x2634c, // EWE 𦍌
  0x2eb9: 0x8002, // OLD 耂
  0x2eba: 0x8080, // BRUSH ONE 肀
  0x2ebb: 0x807f, // BRUSH TWO 聿
  0x2ebc: 0x8089, // MEAT 肉
  0x2ebd: 0x81fc, // MORTAR 臼
  0x2ebe: 0x8279, // GRASS ONE 艹
  0x2ebf: 0x8279, // GRASS TWO 艹
  0x2ec0: 0x8279, // GRASS THREE 艹
  0x2ec1: 0x864d, // TIGER 虍
  0x2ec2: 0x8864, // CLOTHES 衤
  0x2ec3: 0x8980, // WEST ONE 覀
  0x2ec4: 0x897f, // WEST TWO 西
  0x2ec5: 0x89c1, // C-SIMPLIFIED SEE 见
  0x2ec6: 0x89d2, // SIMPLIFIED HORN 角
  0x2ec7: 0x89d2, // HORN 角
  0x2ec8: 0x8ba0, // C-SIMPLIFIED SPEECH 讠
  0x2ec9: 0x8d1d, // C-SIMPLIFIED SHELL 贝
  0x2eca: 0x8db3, // FOOT 足
  0x2ecb: 0x8f66, // C-SIMPLIFIED CART 车
  0x2ecc: 0x8fb6, // SIMPLIFIED WALK 辶
  0x2ecd: 0x8fb6, // WALK ONE 辶
  0x2ece: 0x8fb6, // WALK TWO 辶
  0x2ecf: 0x961d, // CITY 阝
  0x2ed0: 0x9485, // C-SIMPLIFIED GOLD 钅
  0x2ed1: 0x9577, // LONG ONE 長
  0x2ed2: 0x9578, // LONG TWO 镸
  0x2ed3: 0x957f, // C-SIMPLIFIED LONG 长
  0x2ed4: 0x95e8, // C-SIMPLIFIED GATE 门
  0x2ed5: 0x961c, // MOUND ONE 阜
  0x2ed6: 0x961d, // MOUND TWO 阝
  0x2ed7: 0x96e8, // RAIN 雨
  0x2ed8: 0x9752, // BLUE 青
  0x2ed9: 0x97e6, // C-SIMPLIFIED TANNED LEATHER 韦
  0x2eda: 0x9875, // C-SIMPLIFIED LEAF 页
  0x2edb: 0x98ce, // C-SIMPLIFIED WIND 风
  0x2edc: 0x98de, // C-SIMPLIFIED FLY 飞
  0x2edd: 0x98df, // EAT ONE 食
  0x2ede: 0x2967f, // EAT TWO 𩙿
  0x2edf: 0x98e0, // EAT THREE 飠
  0x2ee0: 0x9963, // C-SIMPLIFIED EAT 饣
  0x2ee1: 0x9996, // HEAD 首
  0x2ee2: 0x9a6c, // C-SIMPLIFIED HORSE 马
  0x2ee3: 0x9aa8, // BONE 骨
  0x2ee4: 0x9b3c, // GHOST 鬼
  0x2ee5: 0x9c7c, // C-SIMPLIFIED FISH 鱼
  0x2ee6: 0x9e1f, // C-SIMPLIFIED BIRD 鸟
  0x2ee7: 0x5364, // C-SIMPLIFIED SALT 卤
  0x2ee8: 0x9ea6, // SIMPLIFIED WHEAT 麦
  0x2ee9: 0x9ec4, // SIMPLIFIED YELLOW 黄
  0x2eea: 0x9efe, // C-SIMPLIFIED FROG 黾
  0x2eeb: 0x6589, // J-SIMPLIFIED EVEN 斉
  0x2eec: 0x9f50, // C-SIMPLIFIED EVEN 齐
  0x2eed: 0x6b6f, // J-SIMPLIFIED TOOTH 歯
  0x2eee: 0x9f7f, // C-SIMPLIFIED TOOTH 齿
  0x2eef: 0x7adc, // J-SIMPLIFIED DRAGON 竜
  0x2ef0: 0x9f99, // C-SIMPLIFIED DRAGON 龙
  0x2ef1: 0x9f9c, // TURTLE 龜
  0x2ef2: 0x4e80, // J-SIMPLIFIED TURTLE 亀
  0x2ef3: 0x9f9f, // C-SIMPLIFIED TURTLE 龟
};

const KANGXI_FIRST = 0x2f00;
const KANGXI_LAST = 0x2fd5;

/** The ideograph a radical code point stands for, or undefined when `cp` is not a radical. */
export function radicalToIdeograph(cp: number): string | undefined {
  if (cp >= KANGXI_FIRST && cp <= KANGXI_LAST) return String.fromCodePoint(cp).normalize("NFKC");
  const mapped = SUPPLEMENT_RADICALS[cp];
  return mapped === undefined ? undefined : String.fromCodePoint(mapped);
}
