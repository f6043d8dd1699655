// Browser downloads: the data becomes a Blob behind an object URL, clicked through a hidden
// <a download>. Nothing from the data is ever put into the page; the name is sanitised.
import { sanitizeFileName } from "../../core/export/filename";

/** Long enough for the browser to start reading the blob before its URL is released. */
const REVOKE_AFTER_MS = 30_000;

export function downloadData(
  data: Blob | string | Uint8Array<ArrayBuffer>,
  fileName: string,
  mime: string,
): void {
  const blob = data instanceof Blob ? data : new Blob([data], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = sanitizeFileName(fileName);
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
