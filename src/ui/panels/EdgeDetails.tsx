// A selected link: a mention shows the evidence passages, a relation the lexicon fact, a
// co-occurrence the talks both entities appear in.
import type { GraphModel } from "../store/model";
import { mentionEvidence } from "../store/selectors";
import { useT } from "../i18n";
import type { MessageKey } from "../i18n";
import { EvidenceList, NodeLink, Section } from "./common";

export function EdgeDetails({ model, id }: { model: GraphModel; id: string }) {
  const t = useT();
  const edge = model.edgeById.get(id);
  if (!edge) return null;
  const talk = model.talkById.has(edge.source)
    ? edge.source
    : model.talkById.has(edge.target)
      ? edge.target
      : null;
  const entity = talk === edge.source ? edge.target : edge.source;
  const kindKey = (
    ["mention", "relation", "cooccurrence"].includes(edge.kind) ? edge.kind : "edge"
  ) as MessageKey;
  return (
    <div className="details edge">
      <h2>{t("edge")}</h2>
      <p className="edge-ends">
        <NodeLink model={model} id={edge.source} />{" "}
        <span className="muted">{edge.relation ?? t(kindKey)}</span>{" "}
        <NodeLink model={model} id={edge.target} />
      </p>
      {talk && (
        <Section title={t("evidence")}>
          <EvidenceList evidence={mentionEvidence(model, talk, entity)} />
        </Section>
      )}
    </div>
  );
}
