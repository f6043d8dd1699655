// Public face of the search-listing format: parseListing for whole pages, parseTitleMeta for
// one raw title (also useful for slide file names).

export { parseListing, sizeToBytes } from "./parse";
export type { ListingResult } from "./parse";
export { parseTitleMeta, splitHead, KNOWN_COMPANIES } from "./title";
export type { TitleMeta, HeadSplit } from "./title";
export { isPersonName, readPersonName, SINGLE_SURNAMES, DOUBLE_SURNAMES } from "./names";
export { readEventPrefix, readCollectionPrefix, EVENT_SERIES, EVENT_CITIES } from "./events";
export { findTitleEnd } from "./boundary";
