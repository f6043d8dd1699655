// Public face of the search module: a pinyin-aware index over one snapshot.
export * from "./normalize";
export * from "./searchIndex";
