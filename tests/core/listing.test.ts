// Tests for the search-listing parser and title metadata, against the real seed listing and the
// hand-annotated gold file (/work/shared/eval/seed-gold.json), compared with normalizeKey.

import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { parseListing, parseTitleMeta, sizeToBytes, isPersonName } from "../../src/core/listing";
import { normalizeKey } from "../../src/core/text";

interface GoldTalk {
  n: number;
  title: string;
  title_alt: string[];
  speaker: string | null;
  company: string | null;
  event: string | null;
  collection: string | null;
  pages: number;
  size: string;
}

const SEED = readFileSync("data/seed/000_273db00fd3d303de.txt", "utf8");
const GOLD = JSON.parse(readFileSync("/work/shared/eval/seed-gold.json", "utf8")) as {
  total_in_listing: number;
  talks: GoldTalk[];
};
const same = (a: string | undefined, b: string | null): boolean =>
  normalizeKey(a ?? "") === normalizeKey(b ?? "");
/** The gold size string in bytes, computed here independently of sizeToBytes. */
const goldBytes = (size: string): number => {
  const [value = "", unit = ""] = size.split(" ");
  const power = ["B", "KB", "MB", "GB"].indexOf(unit);
  return Math.round(Number(value) * 1024 ** power);
};

describe("parseListing", () => {
  it("gives zero talks for empty text and for text without entry trailers", () => {
    expect(parseListing("", "x.txt")).toEqual({ talks: [], shown: 0 });
    const plain = parseListing("构建强一致性分布式数据库 TiDB\n- 1\n - 2", "x.txt");
    expect(plain.talks).toEqual([]);
    expect(plain.shown).toBe(0);
  });

  const result = parseListing(SEED, "data/seed/000_273db00fd3d303de.txt");
  const pairs = GOLD.talks.map((gold, i) => ({ gold, talk: result.talks[i] }));

  it("finds the ten entries and the listing's own total (共 28 条)", () => {
    expect(result.shown).toBe(10);
    expect(result.talks).toHaveLength(10);
    expect(result.listedTotal).toBe(GOLD.total_in_listing);
  });

  it("recovers at least 9 of 10 titles as the gold annotation gives them", () => {
    const right = pairs.filter(
      ({ gold, talk }) =>
        same(talk?.title, gold.title) || gold.title_alt.some((alt) => same(talk?.title, alt)),
    );
    expect(right.length).toBeGreaterThanOrEqual(9);
  });

  it("recovers every speaker, and no speaker where the gold has none", () => {
    for (const { gold, talk } of pairs)
      expect(talk?.speaker ?? null, `talk ${gold.n}`).toBe(gold.speaker);
  });

  it("recovers events and collections", () => {
    for (const { gold, talk } of pairs) {
      expect(talk?.event ?? null, `talk ${gold.n}`).toBe(gold.event);
      expect(talk?.collection ?? null, `talk ${gold.n}`).toBe(gold.collection);
    }
  });

  it("reports no wrong company and finds those named in the entry text (3 of the gold's 6)", () => {
    const found = pairs.filter(({ talk }) => talk?.company !== undefined);
    for (const { gold, talk } of found)
      expect(same(talk?.company, gold.company), `talk ${gold.n}`).toBe(true);
    expect(found.length).toBeGreaterThanOrEqual(3);
  });

  it("reads pages and sizes in bytes", () => {
    for (const { gold, talk } of pairs) {
      expect(talk?.pages, `talk ${gold.n}`).toBe(gold.pages);
      expect(talk?.bytes, `talk ${gold.n}`).toBe(goldBytes(gold.size));
    }
  });

  it("keeps the repaired snippet as text, without the trailer, and records the source", () => {
    const first = result.talks[0];
    expect(first?.source).toBe("data/seed/000_273db00fd3d303de.txt");
    expect(first?.text).toContain("R & D Engineer @ PingCAP 自我介绍");
    expect(first?.text.endsWith("What is TiDB? Single")).toBe(true);
    for (const talk of result.talks) {
      expect(talk.text).not.toMatch(/码力|[\u2E80-\u2EF3\u2F00-\u2FD5\uFFFD]/u);
    }
  });

  it("parses two entries on one line and sizes in KB and GB", () => {
    const text =
      "甲乙丙丁实践-张伟甲乙丙丁实践 正文0 码力 | 3 页 | 12 KB | 2 月前 戊己庚辛探索 正文0 码力 | 4 页 | 1.5 GB | 1 天前\n共 2 条";
    const { talks, listedTotal } = parseListing(text, "y");
    expect(talks.map((t) => [t.title, t.speaker, t.pages, t.bytes])).toEqual([
      ["甲乙丙丁实践", "张伟", 3, 12 * 1024],
      ["戊己庚辛探索", undefined, 4, Math.round(1.5 * 1024 ** 3)],
    ]);
    expect(listedTotal).toBe(2);
  });
});

describe("parseTitleMeta", () => {
  it("returns an empty title for empty input", () => {
    expect(parseTitleMeta("")).toEqual({ title: "" });
  });

  it("reads EVENT-《TITLE》-SPEAKER from a slide file name", () => {
    expect(parseTitleMeta("QCon北京2018-《美团配送系统架构演进实践》-阴永俊.pdf")).toEqual({
      event: "QCon北京2018",
      title: "美团配送系统架构演进实践",
      speaker: "阴永俊",
      company: "美团",
    });
  });

  it("reads SPEAKER-TITLE and EVENT-TITLE-SPEAKER, including two-character surnames", () => {
    expect(parseTitleMeta("刘道平-从0到1,移动政务应用小程序系统架构演化")).toEqual({
      speaker: "刘道平",
      title: "从0到1,移动政务应用小程序系统架构演化",
    });
    expect(parseTitleMeta("ArchSummit深圳2019-服务网格的落地实践-欧阳明")).toEqual({
      event: "ArchSummit深圳2019",
      title: "服务网格的落地实践",
      speaker: "欧阳明",
    });
    expect(parseTitleMeta("GIAC 2020:云原生数据库的演进").event).toBe("GIAC 2020");
  });

  it("reads TITLE COMPANY SPEAKER", () => {
    expect(parseTitleMeta("苏宁易购小程序架构实践 苏宁 禹立彬")).toEqual({
      title: "苏宁易购小程序架构实践",
      company: "苏宁",
      speaker: "禹立彬",
    });
  });

  it("reads collections but not short prefixes such as CI/CD", () => {
    expect(parseTitleMeta("领域驱动设计&中台/演进式架构的平台化落地")).toEqual({
      collection: "领域驱动设计&中台",
      title: "演进式架构的平台化落地",
    });
    expect(parseTitleMeta("CI/CD 流水线实践")).toEqual({ title: "CI/CD 流水线实践" });
  });

  it("does not take title words for a person name", () => {
    expect(parseTitleMeta("高可用-异地多活架构")).toEqual({ title: "高可用-异地多活架构" });
    expect(isPersonName("高可用")).toBe(false);
    expect(isPersonName("沈泰宁")).toBe(true);
    expect(isPersonName("司马懿")).toBe(true);
  });
});

describe("sizeToBytes", () => {
  it("rejects unknown units and non-numbers", () => {
    expect(sizeToBytes("4.63", "XB")).toBeUndefined();
    expect(sizeToBytes("abc", "MB")).toBeUndefined();
  });

  it("uses binary units as the listing does", () => {
    expect(sizeToBytes("4.63", "MB")).toBe(Math.round(4.63 * 1048576));
    expect(sizeToBytes("833.39", "KB")).toBe(Math.round(833.39 * 1024));
    expect(sizeToBytes("2", "GB")).toBe(2 * 1024 ** 3);
  });
});
