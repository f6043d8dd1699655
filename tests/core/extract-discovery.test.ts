import { describe, it, expect } from "vitest";
import { latinRejection } from "../../src/core/extract/latin-filter";
import { eventEntity, splitPeople } from "../../src/core/extract/metadata";
import { realLexicon } from "./extract-fixture";

describe("latinRejection", () => {
  it("rejects code identifiers, job titles and generic words seen in the corpus", () => {
    for (const w of [
      "CEO",
      "CTO",
      "int32",
      "groupId",
      "artifactId",
      "HLewis",
      "committedIndex",
      "ErrNotLeader",
      "GO111MODULE",
      "http.HandlerFunc",
      "CellA",
      "FMT",
      "IDE",
      "open-source",
      "DataSource",
      "SOFAChannel#3",
      "www.163yun.com",
    ])
      expect(latinRejection(w), w).toBeDefined();
  });

  it("keeps names that look like products and acronyms", () => {
    for (const w of [
      "TiDB",
      "gRPC",
      "iPhone",
      "SOFAArk",
      "RobotFramework",
      "K8s",
      "grpc-rs",
      "SGX",
    ])
      expect(latinRejection(w), w).toBeUndefined();
  });
});

describe("eventEntity", () => {
  const lexicon = realLexicon();

  it("returns nothing for an empty field", () => {
    expect(eventEntity("  ", lexicon)).toBeUndefined();
  });

  it("links a numbered session to its series, however it is labelled", () => {
    for (const field of [
      "Go 夜读 第 12 期",
      "SOFAChannel#20:用安全计算保护关键业务",
      "【活动回顾】SOFAMeetup#8 成都站 云原生基础设施建设的现在及未来",
    ]) {
      const meta = eventEntity(field, lexicon);
      expect(meta?.kind, field).toBe("lexicon");
    }
  });

  it("keeps a conference edition as its own event, is-a the series, without the trailing event noun", () => {
    expect(eventEntity("DDD China 2019 领域驱动设计峰会", lexicon)).toMatchObject({
      kind: "new",
      name: "DDD China 2019",
      aliases: ["DDD China 2019 领域驱动设计峰会"],
      series: { name: "DDD China" },
    });
    expect(eventEntity("QCon北京2018", lexicon)).toMatchObject({ name: "QCon北京2018" });
  });
});

describe("splitPeople", () => {
  it("keeps the person of a name@company cell", () => {
    expect(splitPeople("张云浩@字节跳动")).toEqual(["张云浩"]);
  });
});
