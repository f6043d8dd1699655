// Public face of the export module: snapshot → GEXF, GraphML, CSV, Neo4j bundle, view JSON,
// plus zip bundling and safe file names. Pure: the CLI and the explorer do the file writing.
export { snapshotToGexf } from "./gexf";
export type { GexfOptions } from "./gexf";
export { snapshotToGraphml } from "./graphml";
export type { GraphmlOptions } from "./graphml";
export { snapshotToCsv, quoteCsvCell, neutralizeFormula, CSV_BOM, CSV_LIST_SEPARATOR } from "./csv";
export { snapshotToNeo4j, toRelationshipType, NEO4J_NODE_LABEL } from "./neo4j";
export { snapshotToJson, filterSnapshot } from "./json";
export type { JsonView } from "./json";
export { zipFiles } from "./zip";
export { sanitizeFileName } from "./filename";
export { stripXmlInvalid, escapeXml } from "./xml";
export { snapshotToTables, NODE_COLUMNS, EDGE_COLUMNS } from "./tables";
export type { Table, Column, Row, GraphTables } from "./tables";
export { nodeColor, rgbToHex, ENTITY_TYPE_COLORS, COMMUNITY_COLORS, TALK_COLOR } from "./colors";
export type { ColorBy, Rgb } from "./colors";
export { EXPORT_FORMATS, EXPORT_FORMAT_INFO, exportSnapshot, isExportFormat } from "./formats";
export type { ExportFormat, ExportFormatInfo, ExportOptions, ExportResult } from "./formats";
