// Which snapshot the page asks for. Kept free of dependencies: the entry script reads it to
// start downloading the snapshot before the explorer's code has even loaded.

/** Snapshot url from the page address: `?graph=URL`, else graph.json next to index.html. */
export function graphUrlFromLocation(search: string): string {
  const graph = new URLSearchParams(search).get("graph");
  return graph && graph.trim() ? graph.trim() : "graph.json";
}
