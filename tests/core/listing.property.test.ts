// Property tests (fast-check, fixed seed): repair and parsing never throw on arbitrary text,
// repair is idempotent, and listings assembled from generated entries parse back into them.

import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  parseListing,
  parseTitleMeta,
  SINGLE_SURNAMES,
  DOUBLE_SURNAMES,
} from "../../src/core/listing";
import { repairText } from "../../src/core/text";

const RUNS = { numRuns: 300, seed: 20240601 };

/** Characters that exercise the repair and the trailer: radicals, garbage, breaks, trailer words. */
const SPECIAL = [
  ..."⼀一⻣骨⻛风⽬目??\uFFFD？⁇ \n\f\r\t\u3000-《》@|:/码力页条共前0123456789.",
  "码力",
  " | ",
  "\uD800",
  "\uDFFF",
  "e\u0301",
];
const unit = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.constantFrom(...SPECIAL),
  fc.integer({ min: 0x2e80, max: 0x2fdf }).map((cp) => String.fromCodePoint(cp)),
  fc.integer({ min: 0x4e00, max: 0x4fff }).map((cp) => String.fromCodePoint(cp)),
);
const anyText = fc.string({ unit, maxLength: 120 });

describe("repairText on arbitrary text", () => {
  it("never throws and is idempotent", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = repairText(s);
        expect(repairText(once)).toBe(once);
      }),
      RUNS,
    );
  });
});

describe("parseListing and parseTitleMeta on arbitrary text", () => {
  it("never throw and count what they return", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const result = parseListing(s, "any.txt");
        expect(result.shown).toBe(result.talks.length);
        expect(typeof parseTitleMeta(s).title).toBe("string");
      }),
      RUNS,
    );
  });
});

// --- generated listings ----------------------------------------------------------------------

const TOPICS = [
  "微服务",
  "数据库",
  "分布式缓存",
  "云原生",
  "消息队列",
  "Kubernetes",
  "搜索引擎",
  "支付系统",
  "Service Mesh",
  "推荐系统",
  "可观测性",
  "容器平台",
];
const LINKS = ["的", "在", "与", "和", "中的"];
const ENDINGS = ["实践", "演进", "优化", "落地", "探索", "设计"];
const GIVEN = [
  ..."伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞刚英华玉萍红辉鹏飞斌宇浩凯健俊帆旭龙林欣晨博思雨",
];
const SNIPPET_WORDS = [
  "背景",
  "架构图",
  "API",
  "监控",
  "QPS 10万",
  "• 总结",
  "Q&A",
  "谢谢",
  "2019",
  "gRPC",
];

const title = fc
  .tuple(
    fc.constantFrom(...TOPICS),
    fc.constantFrom(...LINKS),
    fc.constantFrom(...TOPICS),
    fc.constantFrom(...ENDINGS),
  )
  .map(([a, link, b, end]) => `${a}${link}${b}${end}`);
const surname = fc.oneof(fc.constantFrom(...SINGLE_SURNAMES), fc.constantFrom(...DOUBLE_SURNAMES));
/** 2–4 character names; a two-character reduplication (`华华`) reads as a word, so it is excluded. */
const speaker = fc
  .tuple(surname, fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }))
  .filter(([s, g]) => !(g.length === 1 && g[0] === s))
  .map(([s, g]) => s + g.join(""));
const snippetTail = fc
  .array(fc.constantFrom(...SNIPPET_WORDS), { maxLength: 8 })
  .map((w) => w.join(" "));
const size = fc.tuple(fc.integer({ min: 1, max: 99999 }), fc.constantFrom("KB", "MB", "GB"));

/** An entry as real listings write it: `TITLE-SPEAKER` + the title repeated + slide text, or no speaker. */
const entry = fc.record({
  title,
  speaker: fc.option(speaker, { nil: undefined }),
  tail: snippetTail,
  pages: fc.integer({ min: 1, max: 500 }),
  size,
  age: fc.constantFrom("1 年前", "3 月前", "2 天前", "5 小时前"),
  stray: fc.constantFrom("", "3", "12"),
});
type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;

function entryToLine(e: Entry, i: number, snippet?: string): string {
  const [hundredths, unitName] = e.size;
  const head = e.speaker ? `${e.title}-${e.speaker}` : e.title;
  const body = snippet ?? `${e.title} ${e.tail}`;
  return `${i > 0 ? " " : ""}${head}${body}0 码力 | ${e.pages} 页 | ${(hundredths / 100).toFixed(2)} ${unitName} | ${e.age}${e.stray}`;
}

const expectedBytes = ([hundredths, unitName]: [number, string]): number =>
  Math.round((hundredths / 100) * 1024 ** (["KB", "MB", "GB"].indexOf(unitName) + 1));

describe("parseListing on generated listings", () => {
  it("gives back each entry's title, speaker, pages and size, and the listed total", () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 12 }),
        fc.nat(500),
        (entries, extra) => {
          const total = entries.length + extra;
          const text = `${entries.map((e, i) => entryToLine(e, i)).join("\n")}\n共 ${total} 条\n- 1\n - 2\n`;
          const result = parseListing(text, "gen.txt");
          expect(result.shown).toBe(entries.length);
          expect(result.listedTotal).toBe(total);
          result.talks.forEach((talk, i) => {
            const e = entries[i]!;
            expect(talk.title).toBe(e.title);
            expect(talk.speaker).toBe(e.speaker);
            expect(talk.pages).toBe(e.pages);
            expect(talk.bytes).toBe(expectedBytes(e.size));
          });
        },
      ),
      RUNS,
    );
  });

  it("keeps count, pages and sizes whatever one-line snippet follows the title", () => {
    const oneLine = anyText.map((s) => s.replace(/[\n\r\u2028\u2029]/g, " "));
    fc.assert(
      fc.property(fc.array(fc.tuple(entry, oneLine), { minLength: 1, maxLength: 8 }), (items) => {
        const text = `${items.map(([e, s], i) => entryToLine(e, i, s)).join("\n")}\n共 99 条`;
        const result = parseListing(text, "gen.txt");
        expect(result.shown).toBe(items.length);
        expect(result.listedTotal).toBe(99);
        result.talks.forEach((talk, i) => {
          const [e] = items[i]!;
          expect(talk.pages).toBe(e.pages);
          expect(talk.bytes).toBe(expectedBytes(e.size));
        });
      }),
      RUNS,
    );
  });
});
