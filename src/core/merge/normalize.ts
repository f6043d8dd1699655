// Talk identity: the key two sources must share to count as the same talk, and the talk id
// derived from it. Pure string work so the browser and Node agree on every id.

/** NFKC, lower-case, no white space or punctuation: "Service Mesh：实践" → "servicemesh实践". */
export function normalizeKey(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, "");
}

/** The identity of a talk: normalised title and speaker, NUL-separated so "ab"+"c" ≠ "a"+"bc". */
export function talkKey(title: string, speaker?: string): string {
  return normalizeKey(title) + "\u0000" + normalizeKey(speaker ?? "");
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UTF8 = new TextEncoder();

/** FNV-1a 32 over the UTF-8 bytes of `s`, as 8 lower-case hex digits. */
export function fnv1a32(s: string): string {
  let hash = FNV_OFFSET;
  for (const byte of UTF8.encode(s)) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** `t:` + 8 hex digits of FNV-1a 32 over the normalised title and speaker. */
export function talkId(title: string, speaker?: string): string {
  return "t:" + fnv1a32(talkKey(title, speaker));
}
