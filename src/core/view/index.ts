// Public face of the view-state module: the ViewState type, its URL form and saved view files.
export * from "./viewState";
export * from "./query";
export * from "./viewFile";
