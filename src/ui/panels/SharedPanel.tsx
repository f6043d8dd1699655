// Two or more selected talks: the entities they share (by all first) and, for each, every
// talk in the archive that mentions it.
import { useMemo } from "react";
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { sharedEntities } from "../store/selectors";
import { useT } from "../i18n";
import { NodeLink, Section } from "./common";

export function SharedPanel({ model, talks }: { model: GraphModel; talks: string[] }) {
  const t = useT();
  const select = useExplorer((s) => s.select);
  const clear = useExplorer((s) => s.clearSelection);
  const shared = useMemo(() => sharedEntities(model, talks), [model, talks]);
  return (
    <div className="details shared">
      <h2>{t("compare")}</h2>
      <Section title={t("selectedTalks")} count={talks.length}>
        <ul className="plain">
          {talks.map((id) => (
            <li key={id} className="talk-row">
              <input
                type="checkbox"
                checked
                aria-label={`${t("compare")}: ${model.talkById.get(id)?.title ?? id}`}
                onChange={() => select(id, true)}
              />
              <NodeLink model={model} id={id} />
            </li>
          ))}
        </ul>
        <button type="button" onClick={clear}>
          {t("clear")}
        </button>
      </Section>
      <Section title={t("sharedTitle")} count={shared.length}>
        {shared.length === 0 && <p className="muted">{t("sharedNone")}</p>}
        <ul className="plain shared-list" aria-label={t("sharedTitle")}>
          {shared.map((s) => (
            <li key={s.entity.id} className="shared-entity">
              <div className="row">
                <NodeLink model={model} id={s.entity.id} />
                <span className="count" title={`${s.inSelected.length}/${talks.length}`}>
                  {s.inSelected.length}/{talks.length}
                </span>
              </div>
              <div className="muted small">
                {t("sharedAlso")}:{" "}
                {s.allTalks.map((tid, i) => (
                  <span key={tid}>
                    {i > 0 && ", "}
                    <NodeLink model={model} id={tid} />
                  </span>
                ))}
              </div>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
