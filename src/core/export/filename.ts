// File names for downloads and CLI output, made from talk titles or snapshot names, so they
// are safe on Windows, macOS and Linux and cannot climb out of the target folder.

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_LENGTH = 120;

/**
 * Replaces path separators, characters Windows forbids (`<>:"/\|?*`) and control characters
 * with `_`, trims dots and spaces at the ends, and keeps Chinese and other letters as they are.
 */
export function sanitizeFileName(name: string, fallback = "talkgraph"): string {
  let safe = name
    .normalize("NFC")
    .replace(/\s+/g, " ")
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001F\u007F<>:"/\\|?*]/g, "_")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (safe.length > MAX_LENGTH) safe = Array.from(safe).slice(0, MAX_LENGTH).join("").trimEnd();
  if (safe === "" || /^_+$/.test(safe)) return fallback;
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  return safe;
}
