// Public face of the evaluation module: gold format, scoring and its text report.
export { EvalError, goldKey, goldSchema, parseGold } from "./gold";
export type { Gold, GoldTalk } from "./gold";
export { scoreSnapshot } from "./score";
export type { EvalIssue, EvalReport, ScoredSnapshot } from "./score";
export { EVAL_TARGETS, formatEvalReport } from "./format";
