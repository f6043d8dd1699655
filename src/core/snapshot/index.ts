// Public face of the snapshot module.
export * from "./schema";
