// Shown over the graph while a neighbourhood is focused: the focused node, depth 1 or 2,
// back (browser history) and show-all.
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { useT } from "../i18n";

export function FocusBar({ model }: { model: GraphModel }) {
  const t = useT();
  const focus = useExplorer((s) => s.view.focus);
  const depth = useExplorer((s) => s.view.depth);
  const expanded = useExplorer((s) => s.view.expanded);
  if (!focus) return null;
  const s = useExplorer.getState();
  const name = model.nodeById.get(focus)?.label ?? focus;
  return (
    <div className="focus-bar" role="group" aria-label={t("focus")}>
      <span className="ellipsis" title={name}>
        {t("focus")}: <strong>{name}</strong>
        {expanded.length > 0 && <span className="muted"> +{expanded.length}</span>}
      </span>
      <span className="muted">{t("depth")}</span>
      <button type="button" aria-pressed={depth === 1} onClick={() => s.setDepth(1)}>
        1
      </button>
      <button type="button" aria-pressed={depth === 2} onClick={() => s.setDepth(2)}>
        2
      </button>
      <button type="button" onClick={() => history.back()}>
        {t("back")}
      </button>
      <button type="button" onClick={() => s.setFocus(null)}>
        {t("unfocus")}
      </button>
    </div>
  );
}
