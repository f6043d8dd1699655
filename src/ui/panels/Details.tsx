// The details panel: path finder on top, then whatever is selected (two or more talks: the
// comparison; an entity, a talk or a link: its details), or an overview of the snapshot.
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { useT } from "../i18n";
import { EntityDetails } from "./EntityDetails";
import { TalkDetails } from "./TalkDetails";
import { EdgeDetails } from "./EdgeDetails";
import { SharedPanel } from "./SharedPanel";
import { PathPanel } from "./PathPanel";
import { NodeLink, Section } from "./common";

export function Details({ model }: { model: GraphModel }) {
  const selected = useExplorer((s) => s.view.selected);
  const edge = useExplorer((s) => s.view.edge);
  const known = selected.filter((id) => model.nodeById.has(id));
  const talks = known.filter((id) => model.talkById.has(id));
  // A checked talk under an entity keeps the entity on screen until there is a comparison.
  const entity = known.find((id) => model.entityById.has(id));
  let body;
  if (talks.length >= 2) body = <SharedPanel model={model} talks={talks} />;
  else if (entity) body = <EntityDetails model={model} id={entity} />;
  else if (talks.length === 1) body = <TalkDetails model={model} id={talks[0]!} />;
  else if (edge && model.edgeById.has(edge)) body = <EdgeDetails model={model} id={edge} />;
  else body = <Overview model={model} />;
  return (
    <aside aria-label="Details" className="details-panel">
      <PathPanel model={model} />
      {body}
    </aside>
  );
}

function Overview({ model }: { model: GraphModel }) {
  const t = useT();
  const top = [...model.nodes]
    .filter((n) => n.kind === "entity")
    .sort((a, b) => b.pagerank - a.pagerank)
    .slice(0, 15);
  return (
    <div className="details overview">
      <p className="muted">{t("overviewHint")}</p>
      <p>
        <strong>{model.snapshot.talks.length}</strong> {t("talks")} ·{" "}
        <strong>{model.snapshot.entities.length}</strong> {t("entities")} ·{" "}
        <strong>{model.snapshot.communities.length}</strong> {t("communities")}
      </p>
      <Section title={t("entities")}>
        <div className="chips">
          {top.map((n) => (
            <NodeLink key={n.id} model={model} id={n.id} />
          ))}
        </div>
      </Section>
    </div>
  );
}
