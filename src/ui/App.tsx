// The explorer shell: loads the snapshot named by the URL, shows loading, error and empty
// states, and lays out toolbar, graph with legend, and details panel. View files can be
// dropped anywhere on the page.
import { useEffect, useState } from "react";
import { useExplorer } from "./store/store";
import { loadSnapshot } from "./store/load";
import { useT } from "./i18n";
import { Toolbar } from "./toolbar/Toolbar";
import { Legend } from "./toolbar/Legend";
import { FocusBar } from "./toolbar/FocusBar";
import { GraphView } from "./graph/GraphView";
import { Details } from "./panels/Details";
import { openViewFile } from "./toolbar/viewFiles";

export function App() {
  const t = useT();
  const graphUrl = useExplorer((s) => s.graphUrl);
  const load = useExplorer((s) => s.load);
  const theme = useExplorer((s) => s.theme);
  const lang = useExplorer((s) => s.lang);
  const notice = useExplorer((s) => s.notice);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let cancelled = false;
    useExplorer.getState().setLoad({ status: "loading", url: graphUrl });
    void loadSnapshot(graphUrl).then((result) => {
      if (!cancelled) useExplorer.getState().setLoad(result);
    });
    return () => {
      cancelled = true;
    };
  }, [graphUrl]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  }, [theme, lang]);

  const dropProps = {
    onDragOver: (e: React.DragEvent) => {
      if (!e.dataTransfer.types.includes("Files")) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer.files[0];
      if (file) void openViewFile(file);
    },
  };

  if (load.status === "loading") {
    return (
      <main className="state" role="status" aria-busy="true">
        <div className="spinner" />
        <p>{t("loading")}</p>
        <code>{load.url}</code>
      </main>
    );
  }
  if (load.status === "error") {
    return (
      <main className="state error" role="alert" data-testid="error-state">
        <h1>{t("errorTitle")}</h1>
        <p>
          <strong>{load.reason === "network" ? t("errorNetwork") : t("errorSnapshot")}</strong>
        </p>
        <pre className="error-message">{load.message}</pre>
        <p className="muted">
          URL: <code>{load.url}</code>
        </p>
        <p className="muted">{t("errorHint")}</p>
      </main>
    );
  }
  const model = load.model;
  if (model.snapshot.talks.length === 0) {
    return (
      <main className="state empty" data-testid="empty-state">
        <h1>{t("emptyTitle")}</h1>
        <p className="muted">{t("emptyHint")}</p>
        <code>{load.url}</code>
      </main>
    );
  }
  return (
    <div className="app" {...dropProps}>
      <Toolbar model={model} />
      {notice && (
        <div className="notice" role="status">
          <span>{notice}</span>
          <button
            type="button"
            aria-label="×"
            onClick={() => useExplorer.getState().setNotice(null)}
          >
            ×
          </button>
        </div>
      )}
      <div className="main">
        <div className="graph-area">
          <GraphView model={model} />
          <Legend model={model} />
          <FocusBar model={model} />
        </div>
        <Details model={model} />
      </div>
      {dragging && <div className="drop-overlay">{t("dropView")}</div>}
    </div>
  );
}
