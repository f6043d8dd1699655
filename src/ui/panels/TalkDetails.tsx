// A talk's details: metadata, the text snippet with its entity mentions marked, its entities
// grouped by type, and related talks with the shared entities as the reason.
import { useMemo } from "react";
import { ENTITY_TYPES } from "../../core/types";
import type { Entity } from "../../core/types";
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { typeKey, useT } from "../i18n";
import { NodeActions, NodeLink, Section, Dot, bytesToText } from "./common";
import { highlightSegments } from "./highlight";

/** Characters of talk text shown; enough to read a few slides' worth. */
const SNIPPET_CHARS = 700;

export function TalkDetails({ model, id }: { model: GraphModel; id: string }) {
  const t = useT();
  const talk = model.talkById.get(id)!;
  const selected = useExplorer((s) => s.view.selected);
  const select = useExplorer((s) => s.select);
  const entities = useMemo(
    () =>
      (model.mentionsByTalk.get(id) ?? [])
        .map((m) => model.entityById.get(m.entity))
        .filter((e): e is Entity => e !== undefined),
    [model, id],
  );
  const segments = useMemo(() => {
    const terms = entities.flatMap((e) =>
      [e.name, ...e.aliases].map((term) => ({ entity: e.id, term })),
    );
    return highlightSegments(talk.text.slice(0, SNIPPET_CHARS), terms);
  }, [entities, talk]);
  const related = model.snapshot.related[id] ?? [];
  const rows: [string, string | undefined][] = [
    [t("speaker"), talk.speaker],
    [t("company"), talk.company],
    [t("about"), talk.about],
    [t("event"), talk.event],
    [t("collection"), talk.collection],
    [t("pages"), talk.pages !== undefined ? String(talk.pages) : undefined],
    [t("size"), talk.bytes !== undefined ? bytesToText(talk.bytes) : undefined],
    [t("source"), talk.source],
  ];
  return (
    <div className="details talk">
      <h2>
        <Dot type="talk" />
        {talk.title}
      </h2>
      <dl className="fields">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {talk.url && (
        <p className="talk-url">
          <a href={talk.url} target="_blank" rel="noreferrer noopener">
            {talk.url}
          </a>
        </p>
      )}
      <NodeActions model={model} id={id} />
      <Section title={t("snippet")}>
        <p className="snippet">
          {segments.map((s, i) =>
            s.entity ? (
              <mark key={i} title={model.entityById.get(s.entity)?.name}>
                {s.text}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
          {talk.text.length > SNIPPET_CHARS && "…"}
        </p>
      </Section>
      <Section title={t("talkEntities")} count={entities.length}>
        {ENTITY_TYPES.map((type) => {
          const ofType = entities.filter((e) => e.type === type);
          if (ofType.length === 0) return null;
          return (
            <div key={type} className="type-group">
              <h4>{t(typeKey(type))}</h4>
              <div className="chips">
                {ofType.map((e) => (
                  <NodeLink key={e.id} model={model} id={e.id} />
                ))}
              </div>
            </div>
          );
        })}
      </Section>
      <Section title={t("relatedTalks")} count={related.length}>
        <ul className="plain related">
          {related.map((r) => {
            const other = model.talkById.get(r.talk);
            if (!other) return null;
            return (
              <li key={r.talk} className="talk-row">
                <input
                  type="checkbox"
                  aria-label={`${t("compare")}: ${other.title}`}
                  checked={selected.includes(r.talk)}
                  onChange={() => {
                    // Comparing starts from this talk: keep it selected alongside the other.
                    if (!selected.includes(id)) select(id, true);
                    select(r.talk, true);
                  }}
                />
                <div>
                  <NodeLink model={model} id={r.talk}>
                    {other.title}
                  </NodeLink>
                  <div className="muted small shared-reason">
                    {t("sharedVia")}:{" "}
                    {r.shared.map((e) => model.entityById.get(e)?.name ?? e).join(", ")}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      </Section>
    </div>
  );
}
