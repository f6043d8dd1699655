// The one comparison key for lexicon names: two spellings with the same key are the same term.
// It is the text module's normalizeKey (repair + NFKC, lower case, no white space or - _ . / ·),
// the gold file's matching rule, so "CI/CD" = "CICD", "RabbitMq" = "RabbitMQ".
import { normalizeKey } from "../text";

/** Comparison key of a term (see normalizeKey). */
export function termKey(term: string): string {
  return normalizeKey(term);
}

/** True when the string holds at least one CJK ideograph. */
export function hasCjk(s: string): boolean {
  return /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u.test(s);
}
