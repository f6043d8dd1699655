// Browser entry: starts downloading the snapshot named by the address, then loads the explorer
// (boot.tsx, a separate chunk), so the two downloads overlap instead of following each other.
import { graphUrlFromLocation } from "./store/graphUrl";
import { prefetchSnapshot } from "./store/prefetch";

prefetchSnapshot(graphUrlFromLocation(location.search));
void import("./boot");
