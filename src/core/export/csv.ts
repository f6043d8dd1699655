// Spreadsheet CSV: nodes.csv and edges.csv, UTF-8 with a byte-order mark so Excel shows
// Chinese, RFC 4180 quoting, CRLF line ends. Cells that a spreadsheet would run as a formula
// (starting with = + - @, or a tab/CR that hides one) get a leading apostrophe (OWASP advice).
import type { Snapshot } from "../snapshot";
import type { CellValue, Column, Table } from "./tables";
import { snapshotToTables } from "./tables";

export const CSV_BOM = "\uFEFF";

/** Joins list cells (aliases, tags, evidence passages) inside one CSV cell. */
export const CSV_LIST_SEPARATOR = " | ";

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes an apostrophe to text a spreadsheet would evaluate; numbers are left alone. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a cell holding a comma, quote, CR or LF is quoted, with quotes doubled. */
export function quoteCsvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** Prefix formula-like text cells with an apostrophe. Default true. */
  neutralizeFormulas?: boolean;
  /** Separator for list cells. Default " | ". */
  listSeparator?: string;
}

export function cellToCsv(value: CellValue, options: CsvOptions = {}): string {
  if (value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = Array.isArray(value)
    ? value.join(options.listSeparator ?? CSV_LIST_SEPARATOR)
    : value;
  return quoteCsvCell(options.neutralizeFormulas === false ? text : neutralizeFormula(text));
}

/** Writes a table as CSV text (no BOM) with the given header names, one per column. */
export function tableToCsv(
  table: Table,
  columns: readonly Column[],
  header: readonly string[] = columns.map((c) => c.name),
  options: CsvOptions = {},
): string {
  const lines = [header.map((h) => quoteCsvCell(h)).join(",")];
  for (const row of table.rows) {
    lines.push(columns.map((c) => cellToCsv(row[c.name], options)).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

export function snapshotToCsv(snapshot: Snapshot): { "nodes.csv": string; "edges.csv": string } {
  const { nodes, edges } = snapshotToTables(snapshot);
  return {
    "nodes.csv": CSV_BOM + tableToCsv(nodes, nodes.columns),
    "edges.csv": CSV_BOM + tableToCsv(edges, edges.columns),
  };
}
