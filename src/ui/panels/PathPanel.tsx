// Shortest path between two entities through talks: two pickers, then the hops with the
// evidence that each talk mentions each entity. The path is highlighted in the graph too.
import { useState } from "react";
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { usePath } from "../store/hooks";
import { mentionEvidence } from "../store/selectors";
import { useT } from "../i18n";
import { EntityPicker } from "./EntityPicker";
import { EvidenceList, NodeLink } from "./common";

export function PathPanel({ model }: { model: GraphModel }) {
  const t = useT();
  const from = useExplorer((s) => s.pathFrom);
  const to = useExplorer((s) => s.pathTo);
  const setEnd = useExplorer((s) => s.setPathEnd);
  const clearPath = useExplorer((s) => s.clearPath);
  const asked = useExplorer((s) => s.view.path);
  const path = usePath(model);
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="path-panel"
      open={opened || Boolean(from || to || asked)}
      onToggle={(e) => setOpened(e.currentTarget.open)}
    >
      <summary>{t("path")}</summary>
      <div className="pickers">
        <EntityPicker
          model={model}
          label={t("pathFrom")}
          value={from}
          onChange={(id) => setEnd("from", id)}
        />
        <span aria-hidden>→</span>
        <EntityPicker
          model={model}
          label={t("pathTo")}
          value={to}
          onChange={(id) => setEnd("to", id)}
        />
        <button type="button" onClick={clearPath} aria-label={t("clear")}>
          ×
        </button>
      </div>
      {asked && !path && <p className="muted">{t("pathNone")}</p>}
      {path && (
        <>
          <p className="muted small">
            {(path.length - 1) / 2} {t("pathVia")}
          </p>
          <ol className="path-hops" aria-label={t("path")}>
            {path.map((id, i) => {
              const talk = model.talkById.has(id);
              return (
                <li key={id} className={talk ? "hop-talk" : "hop-entity"}>
                  <NodeLink model={model} id={id} />
                  {talk && (
                    <div className="hop-evidence">
                      <EvidenceList
                        evidence={mentionEvidence(model, id, path[i - 1]!).slice(0, 1)}
                      />
                      <EvidenceList
                        evidence={mentionEvidence(model, id, path[i + 1]!).slice(0, 1)}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </details>
  );
}
