// Bad input: every broken file gives one line naming the file and the reason, and the run goes
// on to read the good files next to it.
import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatProblem, readSources } from "../../src/node/sources";
import type { SourceProblem } from "../../src/node/sources";
import {
  binaryBytes,
  encryptedPdf,
  imageOnlyPdf,
  makeTempDir,
  removeTempDirs,
  sparseFile,
  textPdf,
} from "../fixtures/sources/generate";

afterAll(removeTempDirs);

const FIXTURES = "tests/fixtures/sources";
const shown = (abs: string): string => relative(process.cwd(), abs).split("\\").join("/");

let dir = "";
beforeAll(async () => {
  dir = makeTempDir("bad");
  const good = await textPdf([["Chaos Engineering", "fault injection"]]);
  writeFileSync(join(dir, "good.pdf"), good);
  writeFileSync(join(dir, "truncated.pdf"), good.subarray(0, Math.floor(good.length / 2)));
  writeFileSync(join(dir, "encrypted.pdf"), encryptedPdf());
  writeFileSync(join(dir, "scanned.pdf"), await imageOnlyPdf(3));
  writeFileSync(join(dir, "renamed.pdf"), "这其实是一个文本文件。");
  writeFileSync(join(dir, "binary.txt"), binaryBytes());
  // No NUL bytes, but a third of the bytes are control characters: not text either.
  writeFileSync(
    join(dir, "controls.txt"),
    Buffer.from("ab\x01\x02cd\x03\x04ef\x05\x06".repeat(50)),
  );
  sparseFile(join(dir, "huge.txt"), 200 * 1024 * 1024);
  writeFileSync(join(dir, "blank.md"), "  \n\n \t\n");
  writeFileSync(join(dir, "ok.md"), "# 一个好的演讲\n\n正文。\n");
});

const reasonFor = (problems: SourceProblem[], name: string): string | undefined =>
  problems.find((p) => p.file === shown(join(dir, name)))?.reason;

describe("readSources on bad input", () => {
  it("names each broken PDF, binary, blank and oversized file, and still reads the good ones", async () => {
    const result = await readSources([dir]);
    expect(reasonFor(result.errors, "truncated.pdf")).toBe(
      "truncated PDF (no %%EOF at the end; was the download complete?)",
    );
    expect(reasonFor(result.errors, "encrypted.pdf")).toBe(
      "encrypted PDF (needs a password); save an unprotected copy",
    );
    expect(reasonFor(result.errors, "scanned.pdf")).toBe(
      "no text layer (3 pages of images), OCR it first",
    );
    expect(reasonFor(result.errors, "renamed.pdf")).toBe(
      "not a PDF (no %PDF- header); is it misnamed?",
    );
    expect(reasonFor(result.errors, "binary.txt")).toBe(
      "binary file (contains NUL bytes), not text; is it misnamed?",
    );
    expect(reasonFor(result.errors, "controls.txt")).toBe(
      "binary file (50% control bytes), not text; is it misnamed?",
    );
    expect(reasonFor(result.errors, "huge.txt")).toBe(
      "file is 200.0 MB, above the 50.0 MB limit (maxBytes); split it or raise the limit",
    );
    expect(reasonFor(result.errors, "blank.md")).toBe("no text (only white space)");
    expect(result.errors).toHaveLength(8);
    expect(result.talks.map((t) => t.title).sort()).toEqual(["Chaos Engineering", "一个好的演讲"]);
  });

  it("refuses files above a smaller maxBytes before reading them", async () => {
    const result = await readSources([join(dir, "ok.md")], { maxBytes: 10 });
    const size = Buffer.byteLength("# 一个好的演讲\n\n正文。\n");
    expect(result.errors).toEqual([
      {
        file: shown(join(dir, "ok.md")),
        reason: `file is ${size} B, above the 10 B limit (maxBytes); split it or raise the limit`,
      },
    ]);
  });

  it("reports empty, malformed and untitled JSON and Markdown with line and column", async () => {
    const result = await readSources([`${FIXTURES}/bad`]);
    expect(result.errors.map(formatProblem)).toEqual([
      `${FIXTURES}/bad/empty.txt: empty file`,
      // The unclosed "[" on line 2 is noticed where the next key starts, line 3.
      `${FIXTURES}/bad/malformed-front-matter.md: malformed YAML front matter at line 3: ` +
        "Flow sequence in block collection must be sufficiently indented and end with a ]",
      // Line 3 is `  {"title": "坏的记录" "speaker": "李四"}`: the second key opens at column 20.
      `${FIXTURES}/bad/malformed.json: malformed JSON at line 3, column 20: Expected ',' or '}' after property value`,
      `${FIXTURES}/bad/missing-title.json: record has no title`,
    ]);
  });

  it("warns about a folder without talk files", async () => {
    const result = await readSources([`${FIXTURES}/empty-dir`]);
    expect(result.talks).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        file: `${FIXTURES}/empty-dir`,
        reason: "no talk files found (looked for .txt .md .markdown .json .jsonl .ndjson .pdf)",
      },
    ]);
  });
});
