import { describe, it, expect } from "vitest";
import { buildSnapshotFromPaths } from "../../src/node/build";

// A real corpus file through the whole pipeline: the talk's speaker is the person's name,
// and the note's nickname stays findable as the person entity's alias.
const { snapshot } = await buildSnapshotFromPaths(["data/corpus/sofastack-talks.jsonl"]);

describe("speakers in the snapshot (SOFAStack talks, '孔令涛（花名：伯琴）')", () => {
  it("gives talks the speakers' names without notes", () => {
    const noted = snapshot.talks.filter((t) => /[（(]/u.test(t.speaker ?? ""));
    expect(noted).toEqual([]);
    expect(snapshot.talks.map((t) => t.speaker)).toContain("孔令涛");
  });

  it("keeps the nickname as the person's alias, and the talk linked to the person", () => {
    const person = snapshot.entities.find((e) => e.name === "孔令涛")!;
    expect(person.type).toBe("person");
    expect(person.aliases).toContain("伯琴");
    const talk = snapshot.talks.find((t) => t.speaker === "孔令涛")!;
    expect(snapshot.mentions.some((m) => m.talk === talk.id && m.entity === person.id)).toBe(true);
  });
});
