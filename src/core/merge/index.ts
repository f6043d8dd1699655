// Public face of the merge module: one Talk per real talk, and the talk id rule.
export { mergeTalks } from "./merge";
export type { MergedTalk } from "./merge";
export { normalizeKey, talkId, talkKey, fnv1a32 } from "./normalize";
