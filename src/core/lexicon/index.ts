// Public face of the lexicon module: validation, lookup and the comparison key.
export { LexiconError, findEntry, lexiconTerms, validateLexicon } from "./validate";
export type { Lexicon } from "./validate";
export { hasCjk, termKey } from "./key";
