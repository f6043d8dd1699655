// Public face of entity extraction: matching, metadata entities, discovery, evidence.
export { extractEntities } from "./extract";
export type { ExtractResult, ExtractTalk } from "./extract";
export type { Candidate } from "./discover";
export type { WordTagger } from "./segment";
export { DEFAULT_EXTRACT_OPTIONS, resolveExtractOptions } from "./options";
export type { ExtractOptions } from "./options";
export { formatCandidateReport } from "./report";
export { entityId } from "./ids";
export { splitPeople, talkSpeakers } from "./metadata";
export { passageAround, pageAt } from "./evidence";
