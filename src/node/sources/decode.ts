// Bytes to text for the text-like sources: BOMs first (UTF-8, UTF-16 LE/BE), then strict UTF-8,
// then chardet's guess decoded by iconv-lite (GBK/GB18030 archives are common in China).
// Binary files renamed to .txt are refused here, before any parser sees them.
import chardet from "chardet";
import iconv from "iconv-lite";
import { SourceError } from "./problems";

export interface DecodedText {
  text: string;
  /** Lower-case encoding name: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, big5, ... */
  encoding: string;
}

/** Share of control bytes (other than tab, newlines, form feed, escape) above which a file is binary. */
const MAX_CONTROL_RATIO = 0.05;
/** How much of a file the binary check looks at. */
const SNIFF_BYTES = 64 * 1024;
/** Used when chardet has no usable guess: GB18030 decodes any byte string and fits the domain. */
const FALLBACK_ENCODING = "gb18030";

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

export function bytesToText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new SourceError("empty file");
  // 1. A byte-order mark settles it.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "utf-16be" };
  }
  // 2. Without a BOM, NUL bytes or many control bytes mean this is not text.
  refuseBinary(bytes);
  // 3. Valid UTF-8 is almost never an accident; only then ask chardet.
  try {
    return { text: STRICT_UTF8.decode(bytes), encoding: "utf-8" };
  } catch {
    const encoding = guessEncoding(bytes);
    return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
  }
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    throw new SourceError("starts with a UTF-8 byte-order mark but is not valid UTF-8");
  }
}

function refuseBinary(bytes: Uint8Array): void {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) {
      throw new SourceError("binary file (contains NUL bytes), not text; is it misnamed?");
    }
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x0c &&
      byte !== 0x1b
    ) {
      control++;
    }
  }
  const ratio = control / sample.length;
  if (ratio > MAX_CONTROL_RATIO) {
    const percent = Math.round(ratio * 100);
    throw new SourceError(`binary file (${percent}% control bytes), not text; is it misnamed?`);
  }
}

/** chardet's best guess that iconv-lite can decode; BOM-less UTF-16/32 guesses are noise on short text. */
function guessEncoding(bytes: Uint8Array): string {
  for (const match of chardet.analyse(bytes)) {
    const name = match.name.toLowerCase();
    if (name.startsWith("utf-16") || name.startsWith("utf-32") || name === "utf-8") continue;
    if (match.confidence < 10) continue;
    if (iconv.encodingExists(name)) return name;
  }
  return FALLBACK_ENCODING;
}
