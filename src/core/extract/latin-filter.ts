// Which Latin words discovery may take for names. A name is CamelCase (TiDB), an acronym (ORM),
// letters with digits (K8s) or hyphenated (grpc-rs); it is not a generic word or job title (CTO,
// IDE), an address, a code identifier (groupId, http.HandlerFunc, ErrNotLeader, int32, CellA,
// GO111MODULE), an episode tag (SOFAChannel#3), nor a compound of plain English words (DataSource).
import { ENGLISH_WORDS } from "./english-words";
import { GENERIC_ACRONYMS, GENERIC_EN, ROLE_EN } from "./stoplist";

/** Host names and file names are addresses, not terms. */
const HOST_NAME = /^www\.|\.(?:com|cn|org|net|io|html?|md|json|ya?ml|go|py|js|ts)$/iu;
/** Parts of a CamelCase or hyphenated word: "InPlaceSet" → In, Place, Set. */
const WORD_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/gu;

/** CamelCase (TiDB, gRPC), acronyms (ORM), letters with digits (K8s), hyphenated (grpc-rs). */
export function isLatinName(w: string): boolean {
  return (
    /[a-z][A-Z]|^[A-Z]{2,}[a-z]/u.test(w) ||
    /^[A-Z0-9]+$/u.test(w) ||
    /[A-Za-z][0-9]|[0-9][A-Za-z]/u.test(w) ||
    /^[a-z0-9]+(?:-[a-z0-9]+)+$/u.test(w)
  );
}

/** Why a Latin word is not a name, or undefined when it may be one. */
export function latinRejection(w: string): string | undefined {
  if (!isLatinName(w)) return "plain word";
  const lower = w.toLowerCase();
  if (GENERIC_EN.has(lower) || ROLE_EN.has(lower) || GENERIC_ACRONYMS.has(lower))
    return "generic word";
  if (HOST_NAME.test(w)) return "address";
  if (/#[0-9]/u.test(w)) return "episode number";
  // Dotted: package.member in code ("http.HandlerFunc"); Node.js-style names are in the lexicon.
  if (w.includes(".")) return "dotted identifier";
  // camelCase with a lower-case word first (requestId, committedIndex); iPhone, gRPC, eBPF pass.
  if (/^[a-z]{2,}[A-Z]/u.test(w)) return "camelCase identifier";
  if (/^Err[A-Z]|(?:Error|Exception)$/u.test(w)) return "error name";
  // A word plus one capital or digit (CellA, NodeB, Pod2): a variable of an example.
  if (/^[A-Z][a-z]+[A-Z0-9]$/u.test(w)) return "example variable";
  // One initial and a surname (HLewis): a user name in a chat log.
  if (/^[A-Z]{2}[a-z]{3,}$/u.test(w)) return "user name";
  // Lower-case letters and a width (int32, uint64, sha256): a type or an encoding.
  if (/^[a-z]+[0-9]+$/u.test(w)) return "type name";
  // Long capitals with digits (GO111MODULE): an environment variable or constant.
  if (w.length >= 7 && /^[A-Z0-9]+$/u.test(w) && /[0-9]/u.test(w)) return "constant";
  const parts = w.match(WORD_PARTS) ?? [];
  if (parts.length >= 2 && parts.every((p) => ENGLISH_WORDS.has(p.toLowerCase())))
    return "English compound";
  return undefined;
}

/** A Title-Case phrase with a filler word, or of everyday English words only ("Keep Alive"). */
export function isGenericPhrase(phrase: string): boolean {
  const parts = phrase.toLowerCase().split(" ");
  return parts.some((p) => GENERIC_EN.has(p)) || parts.every((p) => ENGLISH_WORDS.has(p));
}

/** A word tagger from a slower one, remembering each word's tag. */
export function cachedTagger(tag: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let t = cache.get(word);
    if (t === undefined) cache.set(word, (t = tag(word)));
    return t;
  };
}
