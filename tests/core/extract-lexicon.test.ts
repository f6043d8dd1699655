import { describe, it, expect } from "vitest";
import { LexiconError, findEntry, lexiconTerms, validateLexicon } from "../../src/core/lexicon";

const tidb = {
  name: "TiDB",
  type: "technology",
  aliases: ["tidb"],
  description: "Distributed SQL database.",
};
const pingcap = {
  name: "PingCAP",
  type: "company",
  description: "Company behind TiDB.",
  relations: [{ type: "develops", target: "TiDB" }],
};

describe("validateLexicon", () => {
  it("rejects a wrong type, naming the file, the entry index and its name", () => {
    const bad = { name: "熔断", type: "pattern", description: "Circuit breaker." };
    expect(() =>
      validateLexicon([{ path: "data/lexicon/concepts.json", data: { entries: [tidb, bad] } }]),
    ).toThrow(
      /data\/lexicon\/concepts\.json: entry 1 \("熔断"\): type must be one of company, product/,
    );
  });

  it("rejects a file that is not { entries: [...] } and unknown fields such as a misspelt alias list", () => {
    expect(() => validateLexicon([{ path: "a.json", data: [tidb] }])).toThrow(
      /a\.json: expected \{ "entries"/,
    );
    expect(() =>
      validateLexicon([{ path: "a.json", data: { entries: [{ ...tidb, alias: ["x"] }] } }]),
    ).toThrow(/entry 0 \("TiDB"\): unknown field\(s\) alias/);
  });

  it("rejects a name claimed by two files once case, spaces and dashes are ignored", () => {
    const mesh = {
      name: "Service Mesh",
      type: "technology",
      description: "Sidecar network layer.",
    };
    const dup = {
      name: "服务网格",
      type: "concept",
      aliases: ["service-mesh"],
      description: "Same thing.",
    };
    expect(() =>
      validateLexicon([
        { path: "technologies.json", data: { entries: [mesh] } },
        { path: "concepts.json", data: { entries: [dup] } },
      ]),
    ).toThrow(
      /concepts\.json: entry 0 \("服务网格"\): name or alias "servicemesh" is already used by technologies\.json: entry 0/,
    );
  });

  it("rejects a relation whose target is no entry", () => {
    const orphan = { ...pingcap, relations: [{ type: "develops", target: "TiKV" }] };
    expect(() => validateLexicon([{ path: "c.json", data: { entries: [orphan] } }])).toThrow(
      LexiconError,
    );
    expect(() => validateLexicon([{ path: "c.json", data: { entries: [orphan] } }])).toThrow(
      /develops → "TiKV" names no entry/,
    );
  });

  it("indexes every name and alias by its comparison key", () => {
    const lexicon = validateLexicon([{ path: "t.json", data: { entries: [tidb, pingcap] } }]);
    expect(findEntry(lexicon, "TIDB")?.name).toBe("TiDB");
    expect(findEntry(lexicon, "ping cap")?.name).toBe("PingCAP");
    expect(lexiconTerms(lexicon)).toEqual(["PingCAP", "TiDB", "tidb"]);
  });
});
