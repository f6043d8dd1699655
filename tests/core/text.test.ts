// Tests for text repair: radical artefacts from PDF extraction, NFKC, garbage removal,
// white space, idempotence, and the matching key, on hand-picked cases and the real seed listing.

import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { normalizeKey, repairText, SUPPLEMENT_RADICALS } from "../../src/core/text";

const SEED = readFileSync("data/seed/000_273db00fd3d303de.txt", "utf8");

describe("repairText", () => {
  it("returns empty and white-space-only input unchanged in meaning", () => {
    expect(repairText("")).toBe("");
    expect(repairText("   ")).toBe(" ");
    expect(repairText("\uFFFD")).toBe("");
  });

  it("does not throw on lone surrogates", () => {
    expect(() => repairText("a\uD800b\uDFFF")).not.toThrow();
  });

  it("merges a Kangxi radical followed by its own ideograph into one character", () => {
    expect(repairText("构建强⼀一致性")).toBe("构建强一致性");
    expect(repairText("⾃自我介绍")).toBe("自我介绍");
    expect(repairText("⽬目录")).toBe("目录");
  });

  it("merges a CJK-supplement radical with its ideograph, which NFKC alone would leave", () => {
    expect("⻣".normalize("NFKC")).toBe("⻣");
    expect(repairText("⻣骨节")).toBe("骨节");
    expect(repairText("⻛风格")).toBe("风格");
    expect(repairText("降⻰龙⼋八步")).toBe("降龙八步");
  });

  it("turns a lone radical into its ideograph", () => {
    expect(repairText("⼀")).toBe("一");
    expect(repairText("⻛格")).toBe("风格");
    expect(repairText("⻔户")).toBe("门户");
  });

  it("keeps genuinely doubled ideographs", () => {
    expect(repairText("一一对应")).toBe("一一对应");
    expect(repairText("为什什么")).toBe("为什什么");
    expect(repairText("⼀一一对应")).toBe("一一对应");
  });

  it("repairs real seed lines", () => {
    expect(repairText("庖丁解⽜牛拆解的最⾼高境界")).toBe("庖丁解牛拆解的最高境界");
    expect(repairText("从数据库依赖的⻆角度看")).toBe("从数据库依赖的角度看");
    expect(repairText("我们要做应⽤用代码拆分")).toBe("我们要做应用代码拆分");
  });

  it("drops replacement characters and ?? garbage runs but keeps real question marks", () => {
    expect(repairText("接口分发 ??� FNS")).toBe("接口分发 FNS");
    expect(repairText("CAP 数据竞争� [sql方案示例]")).toBe("CAP 数据竞争 [sql方案示例]");
    expect(repairText("a ?? b")).toBe("a b");
    expect(repairText("What is TiDB? How to test?")).toBe("What is TiDB? How to test?");
  });

  it("applies NFKC (full-width forms, ideographic space)", () => {
    expect(repairText("ＡＰＩ，数据库\u3000缓存")).toBe("API,数据库 缓存");
  });

  it("collapses white space but keeps line and page breaks", () => {
    expect(repairText("a  \t b")).toBe("a b");
    expect(repairText("a \n\n b")).toBe("a\nb");
    expect(repairText("p1 \f p2\f\fp4")).toBe("p1\fp2\f\fp4");
    expect(repairText("a\r\nb")).toBe("a\nb");
  });

  it("leaves no radicals or replacement characters in the repaired seed", () => {
    const repaired = repairText(SEED);
    expect(repaired).not.toMatch(/[\u2E80-\u2EF3\u2F00-\u2FD5\uFFFD]/u);
    expect(repaired).toContain("降龙八步");
    expect(repaired.split("\n").filter((l) => l.includes("码力"))).toHaveLength(10);
  });

  it("is idempotent on the seed and on tricky mixtures", () => {
    for (const s of [SEED, "e\uFFFD\u0301", "？？ x", "⁇ a", " \n \f \n ", "⼀\uFFFD一"]) {
      const once = repairText(s);
      expect(repairText(once)).toBe(once);
    }
  });
});

describe("SUPPLEMENT_RADICALS", () => {
  const assigned = Array.from({ length: 0x2ef3 - 0x2e80 + 1 }, (_, i) => 0x2e80 + i).filter((cp) =>
    /\p{Assigned}/u.test(String.fromCodePoint(cp)),
  );

  it("covers every assigned character of the CJK Radicals Supplement block", () => {
    expect(assigned).toHaveLength(115);
    expect(assigned.filter((cp) => SUPPLEMENT_RADICALS[cp] === undefined)).toEqual([]);
  });

  it("maps each to a CJK Unified Ideograph", () => {
    for (const [cp, target] of Object.entries(SUPPLEMENT_RADICALS)) {
      expect(String.fromCodePoint(target), `U+${Number(cp).toString(16)}`).toMatch(
        /^\p{Unified_Ideograph}$/u,
      );
    }
  });

  it("agrees with Unicode's own compatibility mappings where they exist", () => {
    for (const cp of [0x2e9f, 0x2ef3]) {
      expect(String.fromCodePoint(SUPPLEMENT_RADICALS[cp] ?? 0)).toBe(
        String.fromCodePoint(cp).normalize("NFKC"),
      );
    }
  });
});

describe("normalizeKey", () => {
  it("gives an empty key for empty or separator-only names", () => {
    expect(normalizeKey("")).toBe("");
    expect(normalizeKey(" -_./· ")).toBe("");
  });

  it("matches names across case, width, spacing and separators", () => {
    expect(normalizeKey("Service Mesh")).toBe(normalizeKey("servicemesh"));
    expect(normalizeKey("CI/CD")).toBe(normalizeKey("CICD"));
    expect(normalizeKey("rust-prometheus")).toBe("rustprometheus");
    expect(normalizeKey("ＱＣｏｎ 北京·2018")).toBe("qcon北京2018");
    expect(normalizeKey("构建强⼀一致性")).toBe("构建强一致性");
  });
});
