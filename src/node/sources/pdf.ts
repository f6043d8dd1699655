// Slide decks (.pdf) through pdfjs-dist's text layer. Pages are joined with "\f" and their start
// offsets kept (`pageOffsets`) so evidence can cite "p. 12". The title is the PDF's own metadata
// title, else the largest text on the first page, else the file name.
import { basename, extname } from "node:path";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { repairText } from "../../core/text";
import type { TalkInput } from "../../core/types";
import { SourceError } from "./problems";

/** Text items as pdfjs returns them (TextMarkedContent, the other kind, has no `str`). */
type PdfTextItem = Pick<TextItem, "str" | "transform" | "hasEOL">;

/** Producer titles that are not talk titles: "Microsoft PowerPoint - deck.pptx", "untitled". */
const JUNK_TITLE = /^(?:untitled|无标题|slide\s*\d*|幻灯片\s*\d*|presentation\d*)$/i;
const OFFICE_PREFIX = /^microsoft\s+(?:powerpoint|word)\s*-\s*/i;
const FILE_EXTENSION = /\.(?:pptx?|key|pdf|docx?)$/i;

export async function pdfToTalk(bytes: Uint8Array, source: string): Promise<TalkInput> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // 1. Open; pdfjs names the failure by class, which we turn into advice.
  let pdf;
  try {
    pdf = await pdfjs.getDocument({
      data: new Uint8Array(bytes), // pdfjs takes ownership of the buffer it is given
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
    }).promise;
  } catch (error) {
    throw new SourceError(pdfFailure(error, bytes));
  }
  try {
    // 2. Text of each page, repaired, joined with form feeds.
    const pages: string[] = [];
    let firstPageItems: PdfTextItem[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => "str" in item);
      if (n === 1) firstPageItems = items;
      pages.push(repairText(itemsToText(items)).trim());
      page.cleanup();
    }
    if (pages.every((page) => page === "")) {
      const count = pdf.numPages === 1 ? "1 page" : `${pdf.numPages} pages`;
      throw new SourceError(`no text layer (${count} of images), OCR it first`);
    }
    const pageOffsets: number[] = [];
    let offset = 0;
    for (const page of pages) {
      pageOffsets.push(offset);
      offset += page.length + 1; // "\f"
    }
    // 3. Title from metadata, else the first page's largest text.
    const meta = await pdf.getMetadata().catch(() => undefined);
    const info = meta?.info as { Title?: unknown } | undefined;
    const title =
      metadataTitle(info?.Title) ??
      largestText(firstPageItems) ??
      basename(source, extname(source));
    return {
      title,
      source,
      text: pages.join("\f"),
      pageOffsets,
      pages: pdf.numPages,
      bytes: bytes.length,
    };
  } finally {
    await pdf.destroy();
  }
}

function itemsToText(items: PdfTextItem[]): string {
  let text = "";
  for (const item of items) {
    text += item.str;
    if (item.hasEOL) text += "\n";
  }
  return text;
}

function metadataTitle(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const title = repairText(raw).replace(OFFICE_PREFIX, "").replace(FILE_EXTENSION, "").trim();
  return title === "" || JUNK_TITLE.test(title) ? undefined : title;
}

/** The text drawn at the largest font size on a page, in reading order. */
function largestText(items: PdfTextItem[]): string | undefined {
  const size = (item: PdfTextItem): number =>
    Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0);
  const visible = items.filter((item) => item.str.trim() !== "");
  if (visible.length === 0) return undefined;
  const largest = Math.max(...visible.map(size));
  const title = visible
    .filter((item) => size(item) >= largest * 0.95)
    .map((item) => item.str)
    .join(" ");
  const repaired = repairText(title).replace(/\s+/g, " ").trim();
  return repaired === "" ? undefined : repaired;
}

function pdfFailure(error: unknown, bytes: Uint8Array): string {
  const name = (error as { name?: string } | null)?.name ?? "";
  const message = (error as { message?: string } | null)?.message ?? String(error);
  if (name === "PasswordException") {
    return "encrypted PDF (needs a password); save an unprotected copy";
  }
  if (name === "InvalidPDFException") {
    const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
    if (!tail.includes("%%EOF"))
      return "truncated PDF (no %%EOF at the end; was the download complete?)";
    return `not a valid PDF (${message})`;
  }
  return `cannot read PDF: ${message}`;
}
