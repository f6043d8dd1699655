// Builds the base knowledge graph: talk and entity nodes, talk–entity mention edges, and the
// lexicon's typed relation edges. The graph is "mixed": relations are directed facts (A develops
// B), mentions and co-occurrences are symmetric, and a simple mixed graph can hold an undirected
// co-occurrence edge next to a directed relation between the same pair, which an undirected one cannot.
import Graph from "graphology";
import type { Entity, Mention, Relation, Talk } from "../types";
import type {
  EdgeAttributes,
  KnowledgeGraph,
  MentionEdgeAttributes,
  NodeAttributes,
  RelationEdgeAttributes,
  TalkNodeAttributes,
} from "./model";
import { compareIds, graphError, mentionKey, relationKey, roundTo } from "./model";
import type { GraphSettings } from "./settings";

export interface GraphInput {
  talks: Talk[];
  entities: Entity[];
  mentions: Mention[];
  relations: Relation[];
}

/**
 * weight = 1 + ln(count) + (inTitle ? mentionTitleBonus : 0).
 * Logarithmic in count because a long talk repeats its words: the 50th "数据库" says little
 * more than the 5th. The title bonus (default 2) makes one title mention outweigh ~7 body ones.
 */
export function mentionWeight(count: number, inTitle: boolean, titleBonus: number): number {
  return roundTo(1 + Math.log(Math.max(1, count)) + (inTitle ? titleBonus : 0), 4);
}

/** Nodes and edges go in sorted by key, so the result does not depend on input order. */
export function createKnowledgeGraph(input: GraphInput, settings: GraphSettings): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph<NodeAttributes, EdgeAttributes>({
    type: "mixed",
    multi: false,
    allowSelfLoops: false,
  });
  // 1. Talk nodes, then entity nodes; a shared id would make a talk and an entity one node.
  for (const talk of [...input.talks].sort((a, b) => compareIds(a.id, b.id))) {
    if (graph.hasNode(talk.id)) throw graphError("build.ts", `duplicate talk id "${talk.id}"`);
    graph.addNode(talk.id, talkAttributes(talk));
  }
  for (const entity of [...input.entities].sort((a, b) => compareIds(a.id, b.id))) {
    if (graph.hasNode(entity.id)) {
      const what =
        graph.getNodeAttribute(entity.id, "kind") === "talk" ? "a talk id" : "a duplicate";
      throw graphError("build.ts", `entity id "${entity.id}" is ${what}`);
    }
    graph.addNode(entity.id, {
      kind: "entity",
      label: entity.name,
      entityType: entity.type,
      origin: entity.origin,
    });
  }
  addMentionEdges(graph, input.mentions, settings);
  addRelationEdges(graph, input.relations, settings);
  return graph;
}

function talkAttributes(talk: Talk): TalkNodeAttributes {
  const attributes: TalkNodeAttributes = { kind: "talk", label: talk.title };
  // Only present fields, so the JSON has no nulls and stays small.
  for (const field of ["speaker", "company", "event", "collection", "date"] as const) {
    const value = talk[field];
    if (value !== undefined && value !== "") attributes[field] = value;
  }
  return attributes;
}

function isKind(graph: KnowledgeGraph, node: string, kind: "talk" | "entity"): boolean {
  return graph.hasNode(node) && graph.getNodeAttribute(node, "kind") === kind;
}

function addMentionEdges(graph: KnowledgeGraph, mentions: Mention[], settings: GraphSettings) {
  // Duplicate (talk, entity) pairs merge (counts add) rather than fail: two sources of one talk.
  const merged = new Map<
    string,
    { talk: string; entity: string; count: number; inTitle: boolean }
  >();
  for (const mention of mentions) {
    if (!isKind(graph, mention.talk, "talk")) {
      throw graphError(
        "build.ts",
        `mention of "${mention.entity}" names unknown talk "${mention.talk}"`,
      );
    }
    if (!isKind(graph, mention.entity, "entity")) {
      throw graphError(
        "build.ts",
        `mention in "${mention.talk}" names unknown entity "${mention.entity}"`,
      );
    }
    const key = mentionKey(mention.talk, mention.entity);
    const seen = merged.get(key);
    if (seen) {
      seen.count += mention.count;
      seen.inTitle ||= mention.inTitle;
    } else {
      merged.set(key, {
        talk: mention.talk,
        entity: mention.entity,
        count: mention.count,
        inTitle: mention.inTitle,
      });
    }
  }
  for (const key of [...merged.keys()].sort(compareIds)) {
    const m = merged.get(key)!;
    const attributes: MentionEdgeAttributes = {
      kind: "mention",
      weight: mentionWeight(m.count, m.inTitle, settings.mentionTitleBonus),
      count: m.count,
      inTitle: m.inTitle,
    };
    graph.addUndirectedEdgeWithKey(key, m.talk, m.entity, attributes);
  }
}

/**
 * Relations whose ends are not entities of this graph are skipped: the lexicon states facts
 * about entries this corpus may never mention. Self-relations are skipped too. A simple graph
 * holds one directed edge per ordered pair, so a second relation type there goes into `also`.
 */
function addRelationEdges(graph: KnowledgeGraph, relations: Relation[], settings: GraphSettings) {
  const sorted = [...relations].sort((a, b) =>
    compareIds(relationKey(a.type, a.source, a.target), relationKey(b.type, b.source, b.target)),
  );
  for (const relation of sorted) {
    const { source, target, type } = relation;
    if (source === target) continue;
    if (!isKind(graph, source, "entity") || !isKind(graph, target, "entity")) continue;
    const existing = graph.directedEdge(source, target);
    if (existing !== undefined) {
      const attributes = graph.getEdgeAttributes(existing) as RelationEdgeAttributes;
      if (attributes.relation !== type && !attributes.also?.includes(type)) {
        const also = [...(attributes.also ?? []), type];
        graph.updateEdgeAttributes(existing, () => ({ ...attributes, also }));
      }
      continue;
    }
    const attributes: RelationEdgeAttributes = {
      kind: "relation",
      weight: settings.relationWeight,
      relation: type,
    };
    graph.addDirectedEdgeWithKey(relationKey(type, source, target), source, target, attributes);
  }
}
