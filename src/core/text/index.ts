// Public face of text repair: the one normalisation every source and matcher goes through.
// See repair.ts for the steps and radicals.ts for the radical data.

export { repairText, repairRadicals, normalizeKey } from "./repair";
export { SUPPLEMENT_RADICALS, radicalToIdeograph } from "./radicals";
