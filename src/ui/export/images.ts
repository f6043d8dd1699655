// PNG and SVG pictures of the graph from the live Cytoscape instance: the current view or the
// whole graph, at 1×/2×/4×, on a transparent, white or dark background. SVG text comes from
// DOM text nodes (escaped by XMLSerializer); control characters are stripped so it stays XML.
// The live instance holds nodes only: for the picture, the edge layer's edges are added as
// Cytoscape edges in their current states, drawn by the stylesheet's edge rules, and removed
// again in the same task, before the screen redraws.
import type cytoscape from "cytoscape";
import { stripXmlInvalid } from "../../core/export/xml";
import { revealLabels } from "../graph/labelLod";
import { edgeLayerOf } from "../graph/edgeLayer";

export const IMAGE_SCALES = [1, 2, 4] as const;
export type ImageScale = (typeof IMAGE_SCALES)[number];

export const IMAGE_BACKGROUNDS = ["transparent", "white", "dark"] as const;
export type ImageBackground = (typeof IMAGE_BACKGROUNDS)[number];

/** The dark theme's page colour, so a dark PNG looks like the explorer in dark mode. */
const BACKGROUND_COLORS: Record<ImageBackground, string | undefined> = {
  transparent: undefined,
  white: "#ffffff",
  dark: "#11151c",
};

export interface ImageOptions {
  /** The whole graph (true) or what the viewport shows (false). */
  full: boolean;
  scale: ImageScale;
  background: ImageBackground;
}

/**
 * Runs `draw` with the labels for the zoom the picture is drawn at (the whole graph at `scale`,
 * the view at its zoom times `scale`), then gives back the live view's: the explorer labels a
 * node only while its label is big enough on screen.
 */
function withLabels<T>(cy: cytoscape.Core, options: ImageOptions, draw: () => T): T {
  revealLabels(cy, options.full ? options.scale : cy.zoom() * options.scale);
  try {
    return draw();
  } finally {
    revealLabels(cy);
  }
}

/** Runs `draw` with the drawn edges present in the instance. */
function withEdges<T>(cy: cytoscape.Core, draw: () => T): T {
  const layer = edgeLayerOf(cy);
  const added = layer ? cy.add(layer.elements()) : cy.collection();
  try {
    return draw();
  } finally {
    added.remove();
  }
}

export function cyToPng(cy: cytoscape.Core, options: ImageOptions): Blob {
  return withLabels(cy, options, () =>
    withEdges(cy, () =>
      cy.png({
        output: "blob",
        full: options.full,
        scale: options.scale,
        bg: BACKGROUND_COLORS[options.background],
      }),
    ),
  );
}

interface SvgCore {
  svg(options: { full?: boolean; scale?: number; bg?: string }): string;
}

let svgRegistered: Promise<void> | null = null;

/** Registers cytoscape-svg once, on first use, so the explorer does not load it up front. */
function registerSvg(): Promise<void> {
  svgRegistered ??= Promise.all([import("cytoscape"), import("cytoscape-svg")]).then(
    ([cytoscape, svg]) => {
      cytoscape.default.use(svg.default);
    },
  );
  return svgRegistered;
}

export async function cyToSvg(cy: cytoscape.Core, options: ImageOptions): Promise<string> {
  await registerSvg();
  const svg = withLabels(cy, options, () =>
    withEdges(cy, () =>
      (cy as unknown as SvgCore).svg({
        full: options.full,
        scale: options.scale,
        bg: BACKGROUND_COLORS[options.background],
      }),
    ),
  );
  // Character references to control characters are as invalid in XML as the characters.
  const clean = stripXmlInvalid(svg).replace(
    /&#(?:x0*([0-8bcef]|1[0-9a-f])|0*([0-8]|1[124-9]|2[0-9]|3[01]));/gi,
    "",
  );
  return clean.startsWith("<?xml") ? clean : `<?xml version="1.0" encoding="UTF-8"?>\n${clean}`;
}
