// The export formats as data, and one function that produces any of them, so the CLI and the
// explorer's Export menu write identical files under identical names.
import type { Snapshot } from "../snapshot";
import type { ColorBy } from "./colors";
import { snapshotToCsv } from "./csv";
import { snapshotToGexf } from "./gexf";
import { snapshotToGraphml } from "./graphml";
import type { JsonView } from "./json";
import { snapshotToJson } from "./json";
import { snapshotToNeo4j } from "./neo4j";
import { zipFiles } from "./zip";

export const EXPORT_FORMATS = ["gexf", "graphml", "csv", "neo4j", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  /** Appended to the base name: `graph` + `.gexf`. JSON avoids `.json` so it never overwrites the snapshot. */
  suffix: string;
  mime: string;
  /** True for formats made of several files, delivered as a zip (or a folder by the CLI). */
  bundle: boolean;
}

export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  gexf: { suffix: ".gexf", mime: "application/gexf+xml", bundle: false },
  graphml: { suffix: ".graphml", mime: "application/graphml+xml", bundle: false },
  csv: { suffix: "-csv.zip", mime: "application/zip", bundle: true },
  neo4j: { suffix: "-neo4j.zip", mime: "application/zip", bundle: true },
  json: { suffix: ".view.json", mime: "application/json", bundle: false },
};

export interface ExportOptions {
  /** GEXF/GraphML node colours. Default "type". */
  colorBy?: ColorBy;
  /** JSON only: the visible node ids and the view state. */
  view?: JsonView;
}

export interface ExportResult {
  format: ExportFormat;
  /** The file's bytes or text; for bundles, the zip of `files`. */
  data: string | Uint8Array<ArrayBuffer>;
  /** For bundles: the files inside the zip, by name. */
  files?: Record<string, string>;
  mime: string;
  suffix: string;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function exportSnapshot(
  snapshot: Snapshot,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportResult {
  const info = EXPORT_FORMAT_INFO[format];
  const base = { format, mime: info.mime, suffix: info.suffix };
  switch (format) {
    case "gexf":
      return { ...base, data: snapshotToGexf(snapshot, { colorBy: options.colorBy }) };
    case "graphml":
      return { ...base, data: snapshotToGraphml(snapshot, { colorBy: options.colorBy }) };
    case "json":
      return { ...base, data: snapshotToJson(snapshot, options.view) };
    case "csv":
    case "neo4j": {
      const files: Record<string, string> =
        format === "csv" ? snapshotToCsv(snapshot) : snapshotToNeo4j(snapshot);
      return { ...base, files, data: zipFiles(files) };
    }
  }
}
