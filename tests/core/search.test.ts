import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { restoreSnapshot } from "../../src/core/snapshot";
import { buildSearchIndex, foldText, nameToPinyinKeys, searchIndex } from "../../src/core/search";

// The fixture holds the ten talks of the seed listing with the entities a careful reader expects.
const snapshot = restoreSnapshot(
  JSON.parse(readFileSync("tests/fixtures/mini-snapshot.json", "utf8")) as unknown,
);
const index = buildSearchIndex(snapshot);
const top = (q: string) => searchIndex(index, q)[0]?.entry.label;

describe("nameToPinyinKeys", () => {
  it("gives empty keys for an empty name", () => {
    expect(nameToPinyinKeys("")).toEqual({ full: "", initials: "" });
  });

  it("spells Chinese in full and by initials, keeping Latin runs and digits whole", () => {
    expect(nameToPinyinKeys("微服务")).toEqual({ full: "weifuwu", initials: "wfw" });
    expect(nameToPinyinKeys("QCon北京2018")).toEqual({
      full: "qconbeijing2018",
      initials: "qconbj2018",
    });
  });
});

describe("searchIndex", () => {
  it("finds nothing for a blank query or one that matches nothing", () => {
    expect(searchIndex(index, "   ")).toEqual([]);
    expect(searchIndex(index, "zzzqqq")).toEqual([]);
  });

  it("finds an entity by its English name, case-insensitively", () => {
    expect(top("prometheus")).toBe("Prometheus");
    expect(top("TIDB")).toBe("TiDB");
  });

  it("finds Service Mesh by its Chinese alias 服务网格", () => {
    const hit = searchIndex(index, "服务网格")[0]!;
    expect(hit.entry.label).toBe("Service Mesh");
    expect(hit.via).toBe("alias");
  });

  it("finds 微服务 by pinyin initials wfw and by full pinyin weifuwu", () => {
    expect(top("wfw")).toBe("微服务");
    expect(top("weifuwu")).toBe("微服务");
  });

  it("finds talks by a word of their title, and speakers by name", () => {
    const talks = searchIndex(index, "小程序").filter((h) => h.entry.kind === "talk");
    expect(talks.map((h) => h.entry.label).sort()).toEqual([
      "从0到1,移动政务应用小程序系统架构演化",
      "苏宁易购小程序架构实践",
    ]);
    expect(top("沈泰宁")).toBe("沈泰宁");
  });

  it("matches after folding width, case and separators", () => {
    expect(foldText("Ｓｅｒｖｉｃｅ-Mesh")).toBe("servicemesh");
    expect(top("service mesh")).toBe("Service Mesh");
  });

  it("ranks an exact match above longer names that merely contain the query", () => {
    const labels = searchIndex(index, "微服务").map((h) => h.entry.label);
    expect(labels[0]).toBe("微服务");
    expect(labels).toContain("可视化的遗留系统微服务改造");
  });
});

describe("searchIndex pinyin", () => {
  it("matches pinyin initials from the start of a name only", () => {
    // 政务服务 has initials zwfw: "wfw" inside it is noise, "zwfw" is a match.
    const withService = buildSearchIndex({
      ...snapshot,
      entities: [
        ...snapshot.entities,
        { id: "e:政务服务", name: "政务服务", type: "domain", aliases: [], origin: "lexicon" },
      ],
    });
    const labels = (q: string) => searchIndex(withService, q, 50).map((h) => h.entry.label);
    expect(labels("wfw")).not.toContain("政务服务");
    expect(labels("zwfw")).toContain("政务服务");
    expect(labels("wfw")[0]).toBe("微服务");
  });
});
