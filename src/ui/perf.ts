// User-timing spans (`talkgraph:…` performance measures) around the stages of loading and
// drawing a snapshot, so the explorer benchmark and DevTools can say where the time goes.

/** Runs `fn` inside a `talkgraph:NAME` performance measure. */
export function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`talkgraph:${name}`, { start, end: performance.now() });
  }
}
