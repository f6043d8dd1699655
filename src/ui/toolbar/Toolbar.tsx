// The top bar: search, colouring, declutter slider, focus controls, links and view files,
// language and theme, and the export menu slot.
import { useRef } from "react";
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { useT } from "../i18n";
import { SearchBox } from "./SearchBox";
import { copyLink, openViewFile, saveViewFile } from "./viewFiles";
import { ExportSlot } from "./ExportSlot";

export function Toolbar({ model }: { model: GraphModel }) {
  const t = useT();
  const view = useExplorer((s) => s.view);
  const lang = useExplorer((s) => s.lang);
  const theme = useExplorer((s) => s.theme);
  const s = useExplorer.getState();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <header className="toolbar">
      <strong className="brand">talkgraph</strong>
      <SearchBox model={model} />
      <div className="group" role="group" aria-label={t("colorBy")}>
        <span className="label">{t("colorBy")}</span>
        <button
          type="button"
          aria-pressed={view.colorBy === "type"}
          onClick={() => s.setColorBy("type")}
        >
          {t("byType")}
        </button>
        <button
          type="button"
          aria-pressed={view.colorBy === "community"}
          onClick={() => s.setColorBy("community")}
        >
          {t("byCommunity")}
        </button>
      </div>
      <label className="group slider">
        <span className="label">{t("minDegree")}</span>
        <input
          type="range"
          min={0}
          max={Math.max(1, Math.min(model.maxDegree, 50))}
          value={view.minDegree}
          onChange={(e) => s.setMinDegree(Number(e.target.value))}
        />
        <output>{view.minDegree}</output>
      </label>
      <div className="spacer" />
      <button type="button" onClick={() => void copyLink()}>
        {t("copyLink")}
      </button>
      <button type="button" onClick={saveViewFile}>
        {t("saveView")}
      </button>
      <button type="button" onClick={() => fileInput.current?.click()}>
        {t("openView")}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={t("openView")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void openViewFile(file);
          e.target.value = "";
        }}
      />
      <ExportSlot model={model} />
      <button type="button" onClick={() => s.setLang(lang === "zh" ? "en" : "zh")}>
        {t("language")}
      </button>
      <button type="button" onClick={() => s.setTheme(theme === "dark" ? "light" : "dark")}>
        {theme === "dark" ? t("themeLight") : t("themeDark")}
      </button>
    </header>
  );
}
