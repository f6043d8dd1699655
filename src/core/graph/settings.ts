// Every knob of the knowledge-graph build, with its default, a one-line reason, and a validator
// whose errors name the setting (as sigma's settings.ts does). `resolveGraphSettings(partial)`
// is the one place a partial from the CLI or a test becomes a full, checked settings object.
import { ENTITY_TYPES } from "../types";
import type { EntityType } from "../types";
import { graphError } from "./model";

export interface GraphSettings {
  // Mention edges (talk–entity)
  /** Added to a mention's weight when the entity is in the talk's title: titles say what a talk is about. */
  mentionTitleBonus: number;

  // Co-occurrence edges (entity–entity)
  /** Fewest talks that must mention both entities: one shared talk is an anecdote, not an association. */
  cooccurrenceMinSupport: number;
  /** Lowest NPMI kept, in [0, 1] (0 = "no more often together than by chance"; weights stay ≥ 0). */
  cooccurrenceMinNpmi: number;
  /** Only a talk's strongest mentions form pairs, which bounds the cost at talks × K². */
  cooccurrenceMaxEntitiesPerTalk: number;

  // Relation edges (lexicon facts)
  /** Weight of a lexicon relation edge, comparable to one plain mention. */
  relationWeight: number;

  // Analytics
  /** PageRank damping factor. */
  pagerankAlpha: number;
  /** Above this many nodes, betweenness is estimated from sampled sources instead of all of them. */
  betweennessExactMaxNodes: number;
  /** Sources sampled for estimated betweenness (Brandes–Pich); cost is samples × edges. */
  betweennessSamples: number;
  /** Louvain resolution: above 1 gives more, smaller communities. */
  louvainResolution: number;
  /** Entities listed as a community's `top` (its label uses the first three). */
  communityTopEntities: number;
  /** Seed for every random choice (Louvain, sampling, initial layout), so builds repeat. */
  seed: string;

  // Related talks
  /** Related talks kept per talk. */
  relatedTopN: number;
  /** Lowest cosine score kept as "related". */
  relatedMinScore: number;
  /** Shared entities listed as the reason for one related talk. */
  relatedMaxShared: number;
  /**
   * Entities in fewer talks are left out of the vectors (scikit-learn's min_df): an entity in one
   * talk can never be shared, and in the norm it only penalises talks rich in unique terms.
   */
  relatedMinDocumentFrequency: number;
  /** Share of a mention's weight passed to its is-a / part-of target (1: a Kafka mention is a 消息队列 mention; 0: off). */
  relatedExpansionWeight: number;
  /** Entities in more than this share of talks are ignored for relatedness (they say nothing). */
  relatedMaxDocumentShare: number;
  /** Multiplier per entity type: speakers and events should not by themselves make talks related. */
  relatedTypeWeights: Record<EntityType, number>;

  // Layout
  /** ForceAtlas2 iterations for small graphs (the most it ever runs). */
  layoutMaxIterations: number;
  /** ForceAtlas2 iterations never go below this, however large the graph. */
  layoutMinIterations: number;
  /** Iterations × (nodes + edges) aimed at in between: keeps a 300k-edge layout to seconds. */
  layoutWorkBudget: number;
  /** Noverlap passes at most (it stops early once nothing overlaps). */
  noverlapMaxIterations: number;
  /** Smallest node size (lowest PageRank). */
  nodeSizeMin: number;
  /** Largest node size (highest PageRank). */
  nodeSizeMax: number;
  /** Decimals kept in x/y so the JSON is byte-stable. */
  coordinateDecimals: number;
}

export const DEFAULT_GRAPH_SETTINGS: GraphSettings = {
  mentionTitleBonus: 2,
  cooccurrenceMinSupport: 2,
  cooccurrenceMinNpmi: 0.1,
  cooccurrenceMaxEntitiesPerTalk: 40,
  relationWeight: 1,
  pagerankAlpha: 0.85,
  betweennessExactMaxNodes: 2000,
  betweennessSamples: 100,
  louvainResolution: 1,
  communityTopEntities: 5,
  seed: "talkgraph",
  relatedTopN: 10,
  relatedMinScore: 0.05,
  relatedMaxShared: 8,
  relatedMinDocumentFrequency: 2,
  relatedExpansionWeight: 1,
  relatedMaxDocumentShare: 0.5,
  relatedTypeWeights: {
    company: 0.5,
    product: 1,
    technology: 1,
    concept: 1,
    domain: 1,
    person: 0.2,
    event: 0.1,
  },
  layoutMaxIterations: 300,
  layoutMinIterations: 15,
  layoutWorkBudget: 5_000_000,
  noverlapMaxIterations: 100,
  nodeSizeMin: 3,
  nodeSizeMax: 15,
  coordinateDecimals: 2,
};

type Check = (value: unknown) => string | null;

const number =
  (min: number, max = Infinity, minOpen = false): Check =>
  (v) =>
    typeof v === "number" && Number.isFinite(v) && (minOpen ? v > min : v >= min) && v <= max
      ? null
      : `must be a number ${minOpen ? ">" : "≥"} ${min}${max < Infinity ? ` and ≤ ${max}` : ""}`;

const integer =
  (min: number): Check =>
  (v) =>
    typeof v === "number" && Number.isInteger(v) && v >= min ? null : `must be an integer ≥ ${min}`;

const CHECKS: Record<Exclude<keyof GraphSettings, "relatedTypeWeights">, Check> = {
  mentionTitleBonus: number(0),
  cooccurrenceMinSupport: integer(1),
  cooccurrenceMinNpmi: number(0, 1),
  cooccurrenceMaxEntitiesPerTalk: integer(2),
  relationWeight: number(0, Infinity, true),
  pagerankAlpha: number(0, 1, true),
  betweennessExactMaxNodes: integer(0),
  betweennessSamples: integer(1),
  louvainResolution: number(0, Infinity, true),
  communityTopEntities: integer(1),
  seed: (v) => (typeof v === "string" && v.length > 0 ? null : "must be a non-empty string"),
  relatedTopN: integer(0),
  relatedMinScore: number(0, 1),
  relatedMaxShared: integer(1),
  relatedMinDocumentFrequency: integer(1),
  relatedExpansionWeight: number(0, 1),
  relatedMaxDocumentShare: number(0, 1, true),
  layoutMaxIterations: integer(0),
  layoutMinIterations: integer(0),
  layoutWorkBudget: integer(1),
  noverlapMaxIterations: integer(0),
  nodeSizeMin: number(0, Infinity, true),
  nodeSizeMax: number(0, Infinity, true),
  coordinateDecimals: integer(0),
};

/**
 * Throws a GraphError listing every bad setting by name (`cooccurrenceMinSupport must be an
 * integer ≥ 1, got 0`). Unknown names are errors too: a typo must not silently use the default.
 */
export function validateGraphSettings(settings: Partial<GraphSettings>): void {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(settings)) {
    if (value === undefined) continue;
    if (name === "relatedTypeWeights") {
      problems.push(...typeWeightProblems(value));
      continue;
    }
    const check = CHECKS[name as keyof typeof CHECKS] as Check | undefined;
    if (!check) {
      problems.push(`${name} is not a graph setting`);
      continue;
    }
    const problem = check(value);
    if (problem) problems.push(`${name} ${problem}, got ${JSON.stringify(value)}`);
  }
  const min = settings.layoutMinIterations ?? DEFAULT_GRAPH_SETTINGS.layoutMinIterations;
  const max = settings.layoutMaxIterations ?? DEFAULT_GRAPH_SETTINGS.layoutMaxIterations;
  if (min > max) problems.push(`layoutMinIterations (${min}) exceeds layoutMaxIterations (${max})`);
  const small = settings.nodeSizeMin ?? DEFAULT_GRAPH_SETTINGS.nodeSizeMin;
  const large = settings.nodeSizeMax ?? DEFAULT_GRAPH_SETTINGS.nodeSizeMax;
  if (small > large) problems.push(`nodeSizeMin (${small}) exceeds nodeSizeMax (${large})`);
  if (problems.length > 0) throw graphError("settings.ts", problems.join("; "));
}

function typeWeightProblems(value: unknown): string[] {
  if (value === null || typeof value !== "object") {
    return ["relatedTypeWeights must be an object of entity type → weight"];
  }
  const problems: string[] = [];
  for (const [type, weight] of Object.entries(value)) {
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
      problems.push(`relatedTypeWeights.${type} is not an entity type`);
    } else if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      problems.push(
        `relatedTypeWeights.${type} must be a number ≥ 0, got ${JSON.stringify(weight)}`,
      );
    }
  }
  return problems;
}

/** Defaults filled in, then checked; type weights merge per type. */
export function resolveGraphSettings(partial: Partial<GraphSettings> = {}): GraphSettings {
  validateGraphSettings(partial);
  const defined = Object.fromEntries(
    Object.entries(partial).filter(([, v]) => v !== undefined),
  ) as Partial<GraphSettings>;
  return {
    ...DEFAULT_GRAPH_SETTINGS,
    ...defined,
    relatedTypeWeights: {
      ...DEFAULT_GRAPH_SETTINGS.relatedTypeWeights,
      ...(defined.relatedTypeWeights ?? {}),
    },
  };
}
