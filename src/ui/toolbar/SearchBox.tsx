// Search with autocomplete over talks, entities, speakers, companies and events (Chinese,
// English, aliases, pinyin). Keyboard: "/" focuses, arrows move, Enter selects, Esc clears.
import { useEffect, useMemo, useRef, useState } from "react";
import type { SearchHit } from "../../core/search";
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { typeKey, useT } from "../i18n";
import { TYPE_COLORS } from "../graph/style";
import { getCy } from "../graph/cyRef";
import { revealNeighbourhood } from "../graph/controllers";
import { useSearch } from "../store/search";

export function SearchBox({ model }: { model: GraphModel }) {
  const t = useT();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const search = useSearch(model, query.trim().length > 0);
  const hits = useMemo(() => (search ? search(query, 12) : []), [search, query]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA");
      if (e.key === "/" && !typing) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  /** Shift adds to the selection (to compare talks), as shift-click does in the graph. */
  const pick = (hit: SearchHit, additive = false) => {
    const store = useExplorer.getState();
    if (hit.entry.targets.length === 1) store.select(hit.entry.targets[0]!, additive);
    else
      store.selectMany(
        additive ? [...store.view.selected, ...hit.entry.targets] : hit.entry.targets,
      );
    setOpen(false);
    setQuery(hit.entry.label);
    const cy = getCy();
    const node = cy?.getElementById(hit.entry.targets[0]!);
    if (cy && node && node.nonempty() && node.visible()) revealNeighbourhood(cy, model, node);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter") {
      const hit = hits[active];
      if (hit) pick(hit, e.shiftKey);
    } else if (e.key === "Escape") {
      setQuery("");
      setOpen(false);
      input.current?.blur();
    }
  };

  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        aria-label="Search"
        role="combobox"
        aria-expanded={open && query.length > 0}
        aria-controls="search-results"
        aria-autocomplete="list"
        placeholder={t("searchPlaceholder")}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {open && query.trim() && (
        <ul id="search-results" role="listbox" className="search-results">
          {hits.length === 0 && <li className="muted">{search ? t("noResults") : "…"}</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.entry.key}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : ""}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={(e) => pick(hit, e.shiftKey)}
            >
              <span
                className={`dot ${hit.entry.kind === "talk" ? "square" : ""}`}
                style={{ background: TYPE_COLORS[hit.entry.entityType ?? "talk"] }}
              />
              <span className="hit-label">{hit.entry.label}</span>
              <span className="hit-kind">
                {hit.entry.kind === "entity"
                  ? t(typeKey(hit.entry.detail))
                  : hit.entry.kind === "talk"
                    ? hit.entry.detail
                    : `${t(hit.entry.kind === "speaker" ? "speaker" : hit.entry.kind === "company" ? "company" : "event")} · ${hit.entry.targets.length}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
