// The knowledge graph's vocabulary: node and edge attribute shapes, deterministic edge keys,
// the module's error, and the rounding that keeps serialised numbers byte-stable.
// Every other file in src/core/graph speaks in these terms.
import type Graph from "graphology";
import type { EntityOrigin, EntityType, RelationType } from "../types";

/** Attributes the analytics and layout stages add to every node. */
export type AnalyticsAttributes = {
  degree?: number;
  weightedDegree?: number;
  pagerank?: number;
  betweenness?: number;
  community?: number;
  x?: number;
  y?: number;
  /** Display size for the explorer, from PageRank. */
  size?: number;
};

export type TalkNodeAttributes = AnalyticsAttributes & {
  kind: "talk";
  label: string;
  speaker?: string;
  company?: string;
  event?: string;
  collection?: string;
  date?: string;
};

export type EntityNodeAttributes = AnalyticsAttributes & {
  kind: "entity";
  label: string;
  entityType: EntityType;
  origin: EntityOrigin;
};

export type NodeAttributes = TalkNodeAttributes | EntityNodeAttributes;

/** talk–entity: how strongly a talk is about an entity (see mentionWeight in build.ts). */
export type MentionEdgeAttributes = {
  kind: "mention";
  weight: number;
  count: number;
  inTitle: boolean;
};

/** entity–entity: NPMI over the talks that mention each (see cooccurrence.ts). */
export type CooccurrenceEdgeAttributes = {
  kind: "cooccurrence";
  weight: number;
  /** How many talks mention both entities. */
  support: number;
};

/** entity→entity: a lexicon fact, directed source --relation--> target. */
export type RelationEdgeAttributes = {
  kind: "relation";
  weight: number;
  relation: RelationType;
  /** Further relation types between the same ordered pair (a simple graph holds one edge). */
  also?: RelationType[];
};

export type EdgeAttributes =
  MentionEdgeAttributes | CooccurrenceEdgeAttributes | RelationEdgeAttributes;

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes>;

export class GraphError extends Error {
  override name = "GraphError";
}

/** Errors name the module and the file, as graphology's own do. */
export function graphError(file: string, reason: string): GraphError {
  return new GraphError(`talkgraph graph (${file}): ${reason}`);
}

/** Code-unit order: the same everywhere, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function mentionKey(talk: string, entity: string): string {
  return `m:${talk}|${entity}`;
}

/** Undirected, so the pair is sorted: `c:a|b` and `c:b|a` are one edge. */
export function cooccurrenceKey(a: string, b: string): string {
  return compareIds(a, b) <= 0 ? `c:${a}|${b}` : `c:${b}|${a}`;
}

export function relationKey(type: RelationType, source: string, target: string): string {
  return `r:${type}:${source}|${target}`;
}

/** Fixed decimals, for weights and coordinates. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Significant digits, for small scores such as PageRank at 10k nodes (~1e-5). */
export function roundSignificant(value: number, digits = 6): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}

export function isTalkNode(attributes: NodeAttributes): attributes is TalkNodeAttributes {
  return attributes.kind === "talk";
}

export function isEntityNode(attributes: NodeAttributes): attributes is EntityNodeAttributes {
  return attributes.kind === "entity";
}
