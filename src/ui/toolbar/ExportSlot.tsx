/// <reference types="vite/client" />
// EXPORT MENU SLOT. Renders src/ui/export/ExportMenu.tsx (written by another engineer) when
// that file exists; import.meta.glob resolves to {} while it does not, so the build never
// breaks on the missing file. Once it exists for good, a plain import can replace the glob.
import { useCallback } from "react";
import type { ComponentType } from "react";
import type cytoscape from "cytoscape";
import type { Snapshot } from "../../core/snapshot";
import type { ViewState } from "../../core/view";
import type { GraphModel } from "../store/model";
import { useExplorer } from "../store/store";
import { getCy } from "../graph/cyRef";
import { visibleNodeIds } from "../store/selectors";

export interface ExportMenuProps {
  snapshot: Snapshot;
  getCy: () => cytoscape.Core | null;
  visibleNodeIds: () => string[];
  viewState: ViewState;
}

const modules = import.meta.glob<{ ExportMenu?: ComponentType<ExportMenuProps> }>(
  "../export/ExportMenu.tsx",
  { eager: true },
);
const ExportMenu = Object.values(modules)[0]?.ExportMenu ?? null;

export function ExportSlot({ model }: { model: GraphModel }) {
  const view = useExplorer((s) => s.view);
  const visible = useCallback(
    () => [...visibleNodeIds(model, useExplorer.getState().view)].sort(),
    [model],
  );
  if (!ExportMenu) return null;
  return (
    <ExportMenu snapshot={model.snapshot} getCy={getCy} visibleNodeIds={visible} viewState={view} />
  );
}
