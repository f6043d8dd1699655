// Legend over the graph: one row per entity type (or community) with its count; clicking a
// type row hides or shows that type.
import { useMemo } from "react";
import { LEGEND_KEYS } from "../../core/view";
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { typeKey, useT } from "../i18n";
import { TYPE_COLORS, communityColor } from "../graph/style";

export function Legend({ model }: { model: GraphModel }) {
  const t = useT();
  const colorBy = useExplorer((s) => s.view.colorBy);
  const hidden = useExplorer((s) => s.view.hidden);
  const toggle = useExplorer((s) => s.toggleHidden);
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const n of model.nodes) {
      const key = n.kind === "talk" ? "talk" : (n.entityType ?? "concept");
      c.set(key, (c.get(key) ?? 0) + 1);
    }
    return c;
  }, [model]);
  return (
    <section className="legend" aria-label={t("legend")}>
      {LEGEND_KEYS.filter((k) => counts.has(k)).map((key) => {
        const off = hidden.includes(key);
        return (
          <button
            key={key}
            type="button"
            className={`legend-row ${off ? "off" : ""}`}
            aria-pressed={!off}
            onClick={() => toggle(key)}
          >
            <span
              className={`dot ${key === "talk" ? "square" : ""}`}
              style={{ background: colorBy === "type" ? TYPE_COLORS[key] : "var(--muted)" }}
            />
            <span>{t(typeKey(key))}</span>
            <span className="count">{counts.get(key)}</span>
          </button>
        );
      })}
      {colorBy === "community" && (
        <div className="communities">
          {model.snapshot.communities.slice(0, 10).map((c) => (
            <div key={c.id} className="legend-row static">
              <span className="dot" style={{ background: communityColor(c.id) }} />
              <span className="ellipsis">{c.label || `#${c.id}`}</span>
              <span className="count">{c.size}</span>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
