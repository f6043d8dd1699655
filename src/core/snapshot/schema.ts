// The snapshot contract: one JSON file written by `npm run extract` and read by the explorer.
// `restoreSnapshot(unknown)` is the one boundary where loaded data is checked; everything past
// it may trust the types. Bump SNAPSHOT_SCHEMA when a field changes meaning or is removed.
import { z } from "zod";
import { ENTITY_ORIGINS, ENTITY_TYPES, RELATION_TYPES } from "../types";

export const SNAPSHOT_SCHEMA = "talkgraph/1";

const talkSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  speaker: z.string().optional(),
  company: z.string().optional(),
  about: z.string().optional(),
  event: z.string().optional(),
  collection: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  tags: z.array(z.string()).optional(),
  pages: z.number().int().nonnegative().optional(),
  bytes: z.number().int().nonnegative().optional(),
  source: z.string(),
  sources: z.array(z.string()).optional(),
  text: z.string(),
});

const entitySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()),
  description: z.string().optional(),
  origin: z.enum(ENTITY_ORIGINS),
});

const evidenceSchema = z.object({ text: z.string(), page: z.number().int().positive().optional() });

const mentionSchema = z.object({
  talk: z.string(),
  entity: z.string(),
  count: z.number().int().positive(),
  inTitle: z.boolean(),
  evidence: z.array(evidenceSchema),
});

const relationSchema = z.object({
  source: z.string(),
  target: z.string(),
  type: z.enum(RELATION_TYPES),
});

const sourceSchema = z.object({
  path: z.string(),
  kind: z.enum(["listing", "markdown", "text", "json", "jsonl", "pdf"]),
  talks: z.number().int().nonnegative(),
  encoding: z.string().optional(),
  listedTotal: z.number().int().nonnegative().optional(),
});

/**
 * graphology's own serialisation, so `Graph.from(snapshot.graph)` restores the graph. Node and
 * edge attributes are any object, carried whole: a loose object, which zod checks several times
 * faster than a record of unknowns over 30k elements.
 */
const serializedGraphSchema = z.object({
  options: z.record(z.string(), z.unknown()).optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: z.looseObject({}).optional() })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      undirected: z.boolean().optional(),
      attributes: z.looseObject({}).optional(),
    }),
  ),
});

const communitySchema = z.object({
  id: z.number().int().nonnegative(),
  label: z.string(),
  size: z.number().int().nonnegative(),
  top: z.array(z.string()),
});

const relatedSchema = z.object({
  talk: z.string(),
  score: z.number(),
  shared: z.array(z.string()),
});

export const snapshotSchema = z.object({
  schema: z.literal(SNAPSHOT_SCHEMA),
  sources: z.array(sourceSchema),
  talks: z.array(talkSchema),
  entities: z.array(entitySchema),
  mentions: z.array(mentionSchema),
  relations: z.array(relationSchema),
  /** Related talks per talk id, best first, with the shared entity ids as the reason. */
  related: z.record(z.string(), z.array(relatedSchema)),
  communities: z.array(communitySchema),
  graph: serializedGraphSchema,
});

export type Snapshot = z.infer<typeof snapshotSchema>;
export type SerializedGraph = z.infer<typeof serializedGraphSchema>;
export type Community = z.infer<typeof communitySchema>;
export type RelatedTalk = z.infer<typeof relatedSchema>;

export class SnapshotError extends Error {
  override name = "SnapshotError";
}

/**
 * Checks loaded JSON against the contract and returns it typed, or throws a SnapshotError
 * whose message names the first problems with their paths (e.g. `talks.3.title: expected string`).
 */
export function restoreSnapshot(data: unknown): Snapshot {
  if (data === null || typeof data !== "object") {
    throw new SnapshotError("talkgraph snapshot: expected a JSON object");
  }
  const schema = (data as { schema?: unknown }).schema;
  if (schema !== SNAPSHOT_SCHEMA) {
    throw new SnapshotError(
      `talkgraph snapshot: unsupported schema ${JSON.stringify(schema)} (this explorer reads ${SNAPSHOT_SCHEMA})`,
    );
  }
  const result = snapshotSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new SnapshotError(`talkgraph snapshot: ${issues.join("; ")}`);
  }
  return result.data;
}
