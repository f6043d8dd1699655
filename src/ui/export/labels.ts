// The Export menu's words in Chinese and English. Kept beside the menu (src/ui/i18n.ts belongs
// to the explorer); the button itself uses the explorer's own "exportSlot" word.
import type { Lang } from "../store/store";

const EN = {
  menu: "Export options",
  image: "Image",
  scale: "Scale",
  background: "Background",
  transparent: "Transparent",
  white: "White",
  dark: "Dark",
  pngView: "PNG · current view",
  pngFull: "PNG · whole graph",
  svgView: "SVG · current view",
  svgFull: "SVG · whole graph",
  data: "Data",
  json: "Snapshot JSON · current view",
  gexf: "GEXF · Gephi, Gephi Lite",
  graphml: "GraphML",
  csv: "CSV · nodes + edges (zip)",
  neo4j: "Neo4j bundle (zip)",
  noGraph: "The graph is not drawn yet.",
  failed: "Export failed:",
  done: "Saved",
} as const;

export type ExportLabel = keyof typeof EN;

const ZH: Record<ExportLabel, string> = {
  menu: "导出选项",
  image: "图片",
  scale: "倍率",
  background: "背景",
  transparent: "透明",
  white: "白色",
  dark: "深色",
  pngView: "PNG · 当前视图",
  pngFull: "PNG · 整张图",
  svgView: "SVG · 当前视图",
  svgFull: "SVG · 整张图",
  data: "数据",
  json: "快照 JSON · 当前视图",
  gexf: "GEXF · Gephi、Gephi Lite",
  graphml: "GraphML",
  csv: "CSV · 节点 + 边 (zip)",
  neo4j: "Neo4j 导入包 (zip)",
  noGraph: "图还没有画出来。",
  failed: "导出失败:",
  done: "已保存",
};

export function exportLabel(lang: Lang, key: ExportLabel): string {
  return (lang === "zh" ? ZH : EN)[key];
}
