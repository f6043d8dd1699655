// An input with autocomplete over entities only, for choosing path endpoints.
import { useMemo, useState } from "react";
import type { GraphModel } from "../store/model";
import { Dot } from "./common";
import { useSearch } from "../store/search";

export function EntityPicker(props: {
  model: GraphModel;
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { model, label, value, onChange } = props;
  const current = value ? (model.entityById.get(value)?.name ?? value) : "";
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const shown = text ?? current;
  const search = useSearch(model, Boolean(text));
  const hits = useMemo(
    () =>
      text && search
        ? search(text, 40)
            .filter((h) => h.entry.kind === "entity")
            .slice(0, 8)
        : [],
    [search, text],
  );
  const choose = (id: string) => {
    onChange(id);
    setText(null);
  };
  return (
    <div className="picker">
      <input
        type="text"
        aria-label={label}
        placeholder={label}
        value={shown}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          if (!e.target.value) onChange(null);
        }}
        onBlur={() => setTimeout(() => setText(null), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter" && hits[active]) choose(hits[active].entry.key);
          else if (e.key === "Escape") setText(null);
        }}
      />
      {hits.length > 0 && (
        <ul role="listbox" aria-label={label} className="search-results small">
          {hits.map((h, i) => (
            <li
              key={h.entry.key}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : ""}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(h.entry.key)}
            >
              <Dot type={h.entry.entityType ?? "concept"} />
              {h.entry.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
