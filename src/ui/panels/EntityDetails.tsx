// An entity's details: name, type, aliases, description, lexicon relations, the talks that
// mention it (with checkboxes to compare them) and the entities it appears with.
import { useMemo } from "react";
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { coOccurringEntities, entityRelations, talksSharingEntity } from "../store/selectors";
import { typeKey, useT } from "../i18n";
import { Dot, NodeActions, NodeLink, Section } from "./common";

export function EntityDetails({ model, id }: { model: GraphModel; id: string }) {
  const t = useT();
  const entity = model.entityById.get(id)!;
  const selected = useExplorer((s) => s.view.selected);
  const select = useExplorer((s) => s.select);
  const talks = useMemo(() => talksSharingEntity(model, id), [model, id]);
  const relations = useMemo(() => entityRelations(model, id), [model, id]);
  const co = useMemo(() => coOccurringEntities(model, id), [model, id]);
  return (
    <div className="details entity">
      <h2>
        <Dot type={entity.type} />
        {entity.name}
      </h2>
      <p className="meta">
        <span className="badge">{t(typeKey(entity.type))}</span>
        {entity.aliases.length > 0 && (
          <span>
            {t("aliases")}: {entity.aliases.join(", ")}
          </span>
        )}
      </p>
      {entity.description && <p className="description">{entity.description}</p>}
      <NodeActions model={model} id={id} />
      {relations.length > 0 && (
        <Section title={t("relations")}>
          <ul className="plain">
            {relations.map((r, i) => (
              <li key={i}>
                {r.outgoing ? `→ ${r.type} ` : `← ${r.type} `}
                <NodeLink model={model} id={r.other.id} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={t("itsTalks")} count={talks.length}>
        <ul className="plain talks">
          {talks.map((talk) => (
            <li key={talk.id} className="talk-row">
              <input
                type="checkbox"
                aria-label={`${t("compare")}: ${talk.title}`}
                checked={selected.includes(talk.id)}
                onChange={() => select(talk.id, true)}
              />
              <div>
                <NodeLink model={model} id={talk.id}>
                  {talk.title}
                </NodeLink>
                <div className="muted small">
                  {[talk.speaker, talk.company, talk.event].filter(Boolean).join(" · ")}
                </div>
              </div>
            </li>
          ))}
        </ul>
      </Section>
      {co.length > 0 && (
        <Section title={t("coEntities")}>
          <div className="chips">
            {co.map((c) => (
              <NodeLink key={c.entity.id} model={model} id={c.entity.id}>
                {c.entity.name} <span className="count">{c.support}</span>
              </NodeLink>
            ))}
          </div>
        </Section>
      )}
    </div>
  );
}
