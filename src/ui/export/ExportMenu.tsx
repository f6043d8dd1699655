// The toolbar's Export menu: pictures of the graph (PNG, SVG; current view or whole graph, at a
// chosen scale and background) and data files (view JSON, GEXF, GraphML, CSV zip, Neo4j zip).
// Exporters load on first use so the explorer's first paint does not pay for them.
import { useEffect, useRef, useState } from "react";
import type cytoscape from "cytoscape";
import type { Snapshot } from "../../core/snapshot";
import type { ExportFormat } from "../../core/export/formats";
import { useExplorer } from "../store/store";
import { useT } from "../i18n";
import { exportLabel } from "./labels";
import type { ExportLabel } from "./labels";
import { downloadData } from "./download";
import { IMAGE_BACKGROUNDS, IMAGE_SCALES, cyToPng, cyToSvg } from "./images";
import type { ImageBackground, ImageScale } from "./images";
import "./export.css";

export interface ExportMenuProps {
  snapshot: Snapshot;
  getCy: () => cytoscape.Core | null;
  visibleNodeIds: () => string[];
  viewState: unknown;
}

const BASE_NAME = "talkgraph";

const DATA_FORMATS: { format: ExportFormat; label: ExportLabel }[] = [
  { format: "json", label: "json" },
  { format: "gexf", label: "gexf" },
  { format: "graphml", label: "graphml" },
  { format: "csv", label: "csv" },
  { format: "neo4j", label: "neo4j" },
];

/** GEXF/GraphML colours follow what the explorer shows. */
function colorByOf(viewState: unknown): "type" | "community" {
  const mode = (viewState as { colorBy?: unknown } | null)?.colorBy;
  return mode === "community" ? "community" : "type";
}

export function ExportMenu(props: ExportMenuProps) {
  const t = useT();
  const lang = useExplorer((s) => s.lang);
  const label = (key: ExportLabel) => exportLabel(lang, key);
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState<ImageScale>(2);
  const [background, setBackground] = useState<ImageBackground>("white");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // Close on a click outside the menu or on Escape, like any popover.
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  async function run(task: () => Promise<string>): Promise<void> {
    setBusy(true);
    setStatus(null);
    try {
      const name = await task();
      setStatus({ text: `${label("done")} ${name}`, error: false });
    } catch (error) {
      setStatus({ text: `${label("failed")} ${(error as Error).message}`, error: true });
    } finally {
      setBusy(false);
    }
  }

  const exportImage = (kind: "png" | "svg", full: boolean) =>
    run(async () => {
      const cy = props.getCy();
      if (!cy) throw new Error(label("noGraph"));
      const options = { full, scale, background };
      const name = `${BASE_NAME}-${full ? "graph" : "view"}@${scale}x.${kind}`;
      if (kind === "png") downloadData(cyToPng(cy, options), name, "image/png");
      else downloadData(await cyToSvg(cy, options), name, "image/svg+xml");
      return name;
    });

  const exportData = (format: ExportFormat) =>
    run(async () => {
      const { exportSnapshot } = await import("../../core/export/formats");
      const view =
        format === "json" ? { nodeIds: props.visibleNodeIds(), state: props.viewState } : undefined;
      const result = exportSnapshot(props.snapshot, format, {
        colorBy: colorByOf(props.viewState),
        view,
      });
      const name = BASE_NAME + result.suffix;
      downloadData(result.data, name, result.mime);
      return name;
    });

  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t("exportSlot")}
      </button>
      {open && (
        <div className="export-popover" role="dialog" aria-label={label("menu")}>
          <h3>{label("image")}</h3>
          <fieldset>
            <legend>{label("scale")}</legend>
            {IMAGE_SCALES.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name="export-scale"
                  checked={scale === s}
                  onChange={() => setScale(s)}
                />
                {s}×
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{label("background")}</legend>
            {IMAGE_BACKGROUNDS.map((b) => (
              <label key={b}>
                <input
                  type="radio"
                  name="export-background"
                  checked={background === b}
                  onChange={() => setBackground(b)}
                />
                {label(b)}
              </label>
            ))}
          </fieldset>
          <div className="export-actions">
            <button type="button" disabled={busy} onClick={() => void exportImage("png", false)}>
              {label("pngView")}
            </button>
            <button type="button" disabled={busy} onClick={() => void exportImage("png", true)}>
              {label("pngFull")}
            </button>
            <button type="button" disabled={busy} onClick={() => void exportImage("svg", false)}>
              {label("svgView")}
            </button>
            <button type="button" disabled={busy} onClick={() => void exportImage("svg", true)}>
              {label("svgFull")}
            </button>
          </div>
          <h3>{label("data")}</h3>
          <div className="export-actions">
            {DATA_FORMATS.map(({ format, label: key }) => (
              <button
                key={format}
                type="button"
                disabled={busy}
                onClick={() => void exportData(format)}
              >
                {label(key)}
              </button>
            ))}
          </div>
          <div className={status?.error ? "export-status error" : "export-status"} role="status">
            {status?.text}
          </div>
        </div>
      )}
    </div>
  );
}
