// The graph module's public face: `buildKnowledgeGraph` runs the stages in order and returns
// graphology's own serialisation (so `Graph.from(result.graph)` restores it), the named
// communities and the related talks. Stages and queries are exported for the bench and the UI.
import Graph from "graphology";
import type { Community, RelatedTalk, SerializedGraph } from "../snapshot/schema";
import { assignBetweenness, assignDegrees, assignPagerank } from "./analytics";
import { createKnowledgeGraph } from "./build";
import type { GraphInput } from "./build";
import { detectCommunities } from "./communities";
import { addCooccurrenceEdges } from "./cooccurrence";
import { assignLayout } from "./layout";
import type { KnowledgeGraph } from "./model";
import { computeRelatedTalks } from "./related";
import { resolveGraphSettings } from "./settings";
import type { GraphSettings } from "./settings";

export interface KnowledgeGraphResult {
  graph: SerializedGraph;
  communities: Community[];
  related: Record<string, RelatedTalk[]>;
}

/** Stage names passed to `onStage`, in order (the bench times each). */
export const GRAPH_STAGES = [
  "build",
  "cooccurrence",
  "analytics",
  "communities",
  "related",
  "layout",
  "serialise",
] as const;
export type GraphStage = (typeof GRAPH_STAGES)[number];

export function buildKnowledgeGraph(
  input: GraphInput,
  partial: Partial<GraphSettings> = {},
  onStage?: (stage: GraphStage) => void,
): KnowledgeGraphResult {
  const settings = resolveGraphSettings(partial);
  const stage = onStage ?? (() => {});
  // 1. Nodes, mention edges, relation edges.
  const graph = createKnowledgeGraph(input, settings);
  stage("build");
  // 2. Entity–entity co-occurrence edges (before analytics: they shape PageRank and communities).
  addCooccurrenceEdges(graph, settings);
  stage("cooccurrence");
  // 3. Degree, PageRank, betweenness on the nodes.
  assignDegrees(graph);
  assignPagerank(graph, settings);
  assignBetweenness(graph, settings);
  stage("analytics");
  // 4. Louvain communities, named by PageRank (so after analytics).
  const communities = detectCommunities(graph, settings);
  stage("communities");
  // 5. Related talks from the mention edges.
  const related = computeRelatedTalks(graph, settings);
  stage("related");
  // 6. Sizes from PageRank, positions from ForceAtlas2 + noverlap.
  assignLayout(graph, settings);
  stage("layout");
  const serialized = serializeGraph(graph);
  stage("serialise");
  return { graph: serialized, communities, related };
}

/** graphology's `export()`, typed as the snapshot's contract. */
export function serializeGraph(graph: KnowledgeGraph): SerializedGraph {
  return graph.export() as unknown as SerializedGraph;
}

/** The inverse: `Graph.from(snapshot.graph)`, typed with the knowledge graph's attributes. */
export function serializedToGraph(serialized: SerializedGraph): KnowledgeGraph {
  return Graph.from(serialized as never) as KnowledgeGraph;
}

export { createKnowledgeGraph, mentionWeight } from "./build";
export type { GraphInput } from "./build";
export { addCooccurrenceEdges, computeCooccurrences, npmi } from "./cooccurrence";
export type { Cooccurrence } from "./cooccurrence";
export { assignBetweenness, assignDegrees, assignPagerank } from "./analytics";
export { detectCommunities, toUndirectedProjection } from "./communities";
export { computeRelatedTalks } from "./related";
export { assignLayout, assignSizes, layoutIterations } from "./layout";
export { entityPath, mentionBetween, sharedEntities, talksSharingEntity } from "./queries";
export type { PathHop, SharedEntity } from "./queries";
export { DEFAULT_GRAPH_SETTINGS, resolveGraphSettings, validateGraphSettings } from "./settings";
export type { GraphSettings } from "./settings";
export { GraphError, cooccurrenceKey, mentionKey, relationKey, compareIds } from "./model";
export type {
  CooccurrenceEdgeAttributes,
  EdgeAttributes,
  EntityNodeAttributes,
  KnowledgeGraph,
  MentionEdgeAttributes,
  NodeAttributes,
  RelationEdgeAttributes,
  TalkNodeAttributes,
} from "./model";
