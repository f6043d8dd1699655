// Atomic file writes: a reader (or a crash) never sees a half-written snapshot, because the
// data goes to a temp file in the same directory and is renamed over the target at the end.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new Error(`talkgraph: could not write ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
