// Finds where a talk title ends when it runs into slide text with no separator
// (`...系统架构演化无需注册直接登录`). Uses general cues: an immediate repeat of the title,
// punctuation and spacing that titles rarely contain, slide openers, and title-final words.

/** Words that usually end a talk title (from the endings of 560 real talk titles). */
const STRONG_ENDINGS: readonly string[] = [
  ..."实践 分析 实现 分享 回顾 实录 演进 演化 演变 之路 方案 展望 介绍 简介 指南 浅析 探索 探讨 探秘 初探 落地 剖析 解析 详解 实战 优化 改造 治理 思考 总结 原理 入门 揭秘 概览 建设 升级 重构 心得 历程 之道 技巧 攻略 漫谈 杂谈 解读 概述 新特性 最佳实践".split(
    " ",
  ),
];
/** Words that often end a title but also occur inside one; used when no strong ending is found. */
const WEAK_ENDINGS: readonly string[] = [
  ..."设计 应用 架构 平台 系统 模型 框架 模式 管理 服务 开发 技术 引擎 工具 算法 机制 策略 方法 能力 生态 调度 存储 网络 数据库 中台 体系 挑战 未来 趋势".split(
    " ",
  ),
];
/** Slide openers that start the text after a title (checked only after a title ending). */
const OPENERS: readonly string[] = [
  ..."为什 什么是 目录 自我介绍 关于我 个人简介 议程 大纲 提纲 Agenda AGENDA CONTENTS Contents Outline OUTLINE".split(
    " ",
  ),
];

/** Longest title considered when no other boundary is found (in code points). */
const MAX_TITLE = 48;
const MIN_TITLE = 4;

const HAN = "\\p{Script=Han}";
/** Spacing or punctuation that ends a title: a space between two Han characters, bullets, 、;。 */
const HARD_BOUNDARY = new RegExp(`(?<=${HAN})\\s+(?=${HAN})|[•●■◆▪‣、;。:]|\\s[-—]{2}`, "u");
/** Question and exclamation marks end a title but belong to it. */
const INCLUSIVE_END = /[?!](?=\s|\p{Script=Han}|$)/u;

function endsWithAny(s: string, words: readonly string[]): boolean {
  return words.some((w) => s.endsWith(w));
}

/** Ends (exclusive, in code units) of every occurrence of the given words inside `s`. */
function wordEnds(s: string, words: readonly string[]): number[] {
  const ends: number[] = [];
  for (const w of words) {
    for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) ends.push(i + w.length);
  }
  return ends.sort((a, b) => a - b);
}

/** The shortest prefix (≥ MIN_TITLE) that is immediately repeated: `标题标题…`. */
function findRepeat(s: string, limit: number): number | undefined {
  for (let len = MIN_TITLE; len <= limit && len * 2 <= s.length; len++) {
    if (s.startsWith(s.slice(0, len), len)) return len;
  }
  return undefined;
}

/** Where the region that can hold the title stops: the first hard boundary or MAX_TITLE. */
function regionEnd(s: string): number {
  let end = Math.min(s.length, cutCodePoints(s, MAX_TITLE));
  const hard = HARD_BOUNDARY.exec(s);
  if (hard && hard.index >= MIN_TITLE) end = Math.min(end, hard.index);
  const incl = INCLUSIVE_END.exec(s);
  if (incl && incl.index >= MIN_TITLE) end = Math.min(end, incl.index + 1);
  for (const opener of OPENERS) {
    for (let i = s.indexOf(opener); i >= MIN_TITLE && i < end; i = s.indexOf(opener, i + 1)) {
      const before = s.slice(0, i);
      if (endsWithAny(before, STRONG_ENDINGS) || endsWithAny(before, WEAK_ENDINGS)) {
        end = i;
        break;
      }
    }
  }
  return end;
}

/** Code-unit index of the `n`-th code point (or the string length). */
function cutCodePoints(s: string, n: number): number {
  let index = 0;
  for (let count = 0; count < n && index < s.length; count++) {
    index += (s.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
  }
  return index;
}

/**
 * Index (in code units) at which the title at the start of `s` ends and slide text begins.
 * Order of evidence: immediate repeat, last strong ending, last weak ending, hard boundary.
 */
export function findTitleEnd(s: string): number {
  const end = regionEnd(s);
  const repeat = findRepeat(s, end);
  if (repeat !== undefined) return repeat;
  const region = s.slice(0, end);
  const strong = wordEnds(region, STRONG_ENDINGS).filter((i) => i >= MIN_TITLE);
  if (strong.length > 0) return strong[strong.length - 1] ?? end;
  const weak = wordEnds(region, WEAK_ENDINGS).filter((i) => i >= MIN_TITLE);
  if (weak.length > 0) return weak[weak.length - 1] ?? end;
  return end;
}
