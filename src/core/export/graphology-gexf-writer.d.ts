// Types for graphology-gexf's writer alone: its package entry also loads the xmldom parser,
// which the browser bundle does not need for writing.
declare module "graphology-gexf/browser/writer" {
  import type Graph from "graphology";

  type Attributes = Record<string, unknown>;

  interface FormattedElement {
    label?: string;
    weight?: number;
    kind?: string;
    attributes?: Attributes;
    viz?: { color?: string; size?: number; x?: number; y?: number; thickness?: number };
  }

  const write: (
    graph: Graph,
    options?: {
      encoding?: string;
      pretty?: boolean;
      version?: "1.2" | "1.3";
      pedantic?: boolean;
      formatNode?: (key: string, attributes: Attributes) => FormattedElement;
      formatEdge?: (key: string, attributes: Attributes) => FormattedElement;
    },
  ) => string;
  export default write;
}
