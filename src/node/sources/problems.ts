// How a source reader says what went wrong. A SourceError stops one file (it becomes one line in
// `errors`); a SourceProblem is that line, or a warning about one record the reader skipped.

/** One line about one file: `data/x.json: malformed JSON at line 3, column 14: Unexpected token`. */
export interface SourceProblem {
  file: string;
  reason: string;
}

/** Thrown by a reader when a whole file cannot be used; the message is the reason only. */
export class SourceError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "SourceError";
  }
}

export function formatProblem(problem: SourceProblem): string {
  return `${problem.file}: ${problem.reason}`;
}

/** "1.5 MB": sizes in problems are for people, in binary megabytes like `ls -h`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
