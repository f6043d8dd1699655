// Small building blocks shared by the panels: a button that selects a node, a type dot,
// evidence passages, and a section with a heading.
import type { ReactNode } from "react";
import type { Evidence } from "../../core/types";
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { TYPE_COLORS } from "../graph/style";
import { useT } from "../i18n";

export function Dot({ type }: { type: string }) {
  return (
    <span
      className={`dot ${type === "talk" ? "square" : ""}`}
      style={{ background: TYPE_COLORS[type] }}
    />
  );
}

export function NodeLink({
  model,
  id,
  children,
}: {
  model: GraphModel;
  id: string;
  children?: ReactNode;
}) {
  const select = useExplorer((s) => s.select);
  const node = model.nodeById.get(id);
  const type = node?.kind === "talk" ? "talk" : (node?.entityType ?? "concept");
  return (
    <button
      type="button"
      className="link"
      onClick={(e) => select(id, e.shiftKey)}
      title={node?.label ?? id}
    >
      <Dot type={type} />
      {children ?? node?.label ?? id}
    </button>
  );
}

export function Section({
  title,
  children,
  count,
}: {
  title: string;
  children: ReactNode;
  count?: number;
}) {
  return (
    <section className="panel-section">
      <h3>
        {title}
        {count !== undefined && <span className="count">{count}</span>}
      </h3>
      {children}
    </section>
  );
}

export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const t = useT();
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence">
      {evidence.map((e, i) => (
        <li key={i}>
          <q>{e.text}</q>
          {e.page !== undefined && (
            <span className="muted">
              {" "}
              {t("page")} {e.page}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "4.6 MB" from a byte count. */
export function bytesToText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(2)} KB`;
  return `${bytes} B`;
}

/** Node actions: focus, and path endpoints for entities. */
export function NodeActions({ model, id }: { model: GraphModel; id: string }) {
  const t = useT();
  const s = useExplorer.getState();
  const isEntity = model.entityById.has(id);
  const focused = useExplorer((st) => st.view.focus);
  return (
    <div className="actions">
      <button
        type="button"
        onClick={() => (focused && focused !== id ? s.expand(id) : s.setFocus(id))}
      >
        {focused && focused !== id ? t("expand") : t("focus")}
      </button>
      {isEntity && (
        <>
          <button type="button" onClick={() => s.setPathEnd("from", id)}>
            {t("pathFromHere")}
          </button>
          <button type="button" onClick={() => s.setPathEnd("to", id)}>
            {t("pathToHere")}
          </button>
        </>
      )}
    </div>
  );
}
