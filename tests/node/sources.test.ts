// readSources on real inputs: the bundled corpus and the seed listing, the committed text
// fixtures (front matter, headings, JSON, JSONL), generated PDFs and non-UTF-8 encodings.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSources } from "../../src/node/sources";
import {
  CHINESE_TALK,
  makeTempDir,
  removeTempDirs,
  textPdf,
  writeEncoded,
} from "../fixtures/sources/generate";

afterAll(removeTempDirs);

const FIXTURES = "tests/fixtures/sources";
const shown = (abs: string): string => relative(process.cwd(), abs).split("\\").join("/");

describe("readSources on the bundled data", () => {
  it("reports a path that does not exist and reads the rest", async () => {
    const result = await readSources(["data/nope", "data/seed"]);
    expect(result.errors).toEqual([{ file: "data/nope", reason: "path does not exist" }]);
    expect(result.talks).toHaveLength(10);
  });

  it("reads every corpus record with a title, and the seed listing", async () => {
    const result = await readSources(["data/corpus", "data/seed"]);
    const counts = Object.fromEntries(result.sources.map((s) => [s.path, s.talks]));
    // Line counts of the JSONL files; talkgo session 155 has an empty title and is skipped.
    expect(counts).toEqual({
      "data/corpus/ddd-china-2019-2020.jsonl": 66,
      "data/corpus/pyconchina-2019-2021-2023.jsonl": 172,
      "data/corpus/sofastack-talks.jsonl": 40,
      "data/corpus/sofastack-transcripts.jsonl": 38,
      "data/corpus/talkgo-night-notes.jsonl": 90,
      "data/corpus/talkgo-night-sessions.jsonl": 156,
      "data/seed/000_273db00fd3d303de.txt": 10,
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContainEqual({
      file: "data/corpus/talkgo-night-sessions.jsonl",
      reason: "line 3: record has no title; record skipped",
    });
    const seed = result.sources.find((s) => s.kind === "listing");
    expect(seed).toMatchObject({ listedTotal: 28, encoding: "utf-8" });
  });

  it("maps the corpus fields: title_en into text, speaker_bio and speaker_title into about, speaker_title as company, source_url, year, author", async () => {
    const { talks } = await readSources(["data/corpus"]);
    const python = talks.find((t) => t.title === "Python 的永恒之美")!;
    expect(python.speaker).toBe("Luciano Ramalho");
    expect(python.date).toBe("2019");
    expect(python.url).toMatch(/^https:\/\/github.com\/PyConChina\/PyConChina2019\//);
    expect(python.text).toContain("The Timeless Beauty of Python");
    expect(python.about).toContain("Fluent Python");
    const ddd = talks.find((t) => t.title === "实战化领域驱动设计工作坊")!;
    expect(ddd.about).toContain("ThoughtWorks 高级咨询师");
    expect(ddd.text).not.toContain("ThoughtWorks 高级咨询师");
    // DDD China records have no company field: the speaker's title says where they work.
    expect(ddd.company).toBe("ThoughtWorks 高级咨询师");
    // PyCon China bios start with the speaker's title line: "点我达资深开发工程师 | 主要从事…".
    const pyspark = talks.find((t) => t.title === "PySpark 在大数据/机器学习方面的应用")!;
    expect(pyspark.company).toBe("点我达资深开发工程师");
    const transcript = talks.find((t) => t.source.endsWith("sofastack-transcripts.jsonl"))!;
    expect(transcript.speaker).toBe("章耿");
    expect(transcript.date).toBe("2021-05-25");
    expect(transcript.tags).toEqual(["SOFAStack"]);
    // Markdown image links are not talk text.
    expect(transcript.text).not.toContain("gw.alipayobjects.com");
    expect(transcript.text).toContain("MOSN");
    // Go 夜读 notes end with a site shortcode for the video, which is no text.
    const note = talks.find((t) => t.title === "第 1 期每日阅读特训营")!;
    expect(note.text).toContain("## 观看视频");
    expect(note.text).not.toContain("youtube");
  });
});

describe("readSources on text, markdown and JSON files", () => {
  it("reads front matter, headings, file names, arrays and JSONL, warning on untitled records", async () => {
    const result = await readSources([`${FIXTURES}/archive`]);
    const paths = result.sources.map((s) => s.path);
    expect(paths).toEqual([...paths].sort());
    const byTitle = new Map(result.talks.map((t) => [t.title, t]));
    const mesh = byTitle.get("蚂蚁集团 Service Mesh 落地实践")!;
    expect(mesh).toMatchObject({
      speaker: "敖小剑",
      company: "蚂蚁集团",
      event: "QCon 上海 2019",
      date: "2019-10-17",
      tags: ["Service Mesh", "MOSN"],
      source: `${FIXTURES}/archive/service-mesh.md`,
    });
    expect(mesh.text).toContain("MOSN 在蚂蚁集团双十一");
    expect(mesh.text).not.toContain("alipayobjects");
    const tidb = byTitle.get("构建强一致性分布式数据库 TiDB")!;
    expect(tidb.text.startsWith("沈泰宁")).toBe(true);
    expect(byTitle.has("untitled-notes")).toBe(true);
    expect(byTitle.get("Go 的内存分配器")).toMatchObject({
      company: "字节跳动",
      date: "2020-05-01",
      tags: ["Go", "runtime"],
    });
    expect(byTitle.get("etcd 与 Raft")!.speaker).toBe("李四");
    expect(byTitle.get("etcd 与 Raft")!.text).not.toContain("raft.github.io");
    expect(result.warnings).toEqual([
      {
        file: `${FIXTURES}/archive/sessions.jsonl`,
        reason: "line 4: record has no title; record skipped",
      },
      {
        file: `${FIXTURES}/archive/talks.json`,
        reason: "record 2: record has no title; record skipped",
      },
    ]);
    expect(result.errors).toEqual([]);
  });

  it("drops a talk repeated on a second page of the same listing", async () => {
    const dir = makeTempDir("listing");
    copyFileSync("data/seed/000_273db00fd3d303de.txt", join(dir, "page-1.txt"));
    copyFileSync("data/seed/000_273db00fd3d303de.txt", join(dir, "page-2.txt"));
    const result = await readSources([dir]);
    expect(result.talks).toHaveLength(10);
    expect(result.sources.map((s) => s.talks)).toEqual([10, 0]);
  });
});

describe("readSources encodings", () => {
  it("decodes GBK, UTF-16 LE/BE and UTF-8 with BOM, and says which it found", async () => {
    const dir = makeTempDir("enc");
    writeEncoded(join(dir, "gbk.md"), CHINESE_TALK, "gbk");
    writeEncoded(join(dir, "utf16le.md"), CHINESE_TALK, "utf-16le", true);
    writeEncoded(join(dir, "utf16be.md"), CHINESE_TALK, "utf-16be", true);
    writeFileSync(join(dir, "utf8bom.md"), "\uFEFF" + CHINESE_TALK);
    const result = await readSources([dir]);
    expect(result.errors).toEqual([]);
    const encodings = Object.fromEntries(
      result.sources.map((s) => [s.path.slice(s.path.lastIndexOf("/") + 1), s.encoding]),
    );
    expect(encodings).toEqual({
      "gbk.md": "gb18030",
      "utf16be.md": "utf-16be",
      "utf16le.md": "utf-16le",
      "utf8bom.md": "utf-8-bom",
    });
    for (const talk of result.talks) {
      expect(talk.title).toBe("微服务架构实践");
      expect(talk.text).toContain("Istio 和 Envoy");
    }
  });
});

describe("readSources on PDF slide decks", () => {
  it("keeps page offsets and takes the title from metadata, else the largest first-page text", async () => {
    const dir = makeTempDir("pdf");
    mkdirSync(join(dir, "decks"));
    const pages = [
      ["Service Mesh at Scale", "Speaker: Ao Xiaojian"],
      ["Why MOSN", "Envoy and Istio compared"],
      ["Results", "Kubernetes clusters"],
    ];
    writeFileSync(join(dir, "decks/meta.pdf"), await textPdf(pages, "Cloud Native Runtime"));
    writeFileSync(join(dir, "decks/plain.pdf"), await textPdf(pages));
    const result = await readSources([dir]);
    expect(result.errors).toEqual([]);
    const [meta, plain] = result.talks;
    expect(meta!.title).toBe("Cloud Native Runtime");
    expect(plain!.title).toBe("Service Mesh at Scale");
    expect(plain!.source).toBe(shown(join(dir, "decks/plain.pdf")));
    expect(plain!.pages).toBe(3);
    expect(plain!.pageOffsets).toHaveLength(3);
    expect(plain!.text.split("\f")).toHaveLength(3);
    const page2 = plain!.text.slice(plain!.pageOffsets![1], plain!.pageOffsets![2]);
    expect(page2).toContain("Why MOSN");
    expect(page2).toContain("Envoy and Istio compared");
    expect(result.sources[0]).toMatchObject({ kind: "pdf", talks: 1 });
  });
});
