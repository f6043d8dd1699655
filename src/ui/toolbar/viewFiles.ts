// Saving and opening view files, and copying the current link. Opening a view saved on another
// snapshot switches to that snapshot first, so the view restores exactly.
import { viewFileToViewState, viewStateToViewFile } from "../../core/view";
import { useExplorer } from "../store/store";
import { viewToHref } from "../store/urlSync";
import { translate } from "../i18n";

export function saveViewFile(): void {
  const { view, graphUrl } = useExplorer.getState();
  const json = JSON.stringify(viewStateToViewFile(view, graphUrl), null, 2);
  const url = URL.createObjectURL(new Blob([json + "\n"], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = "talkgraph-view.json";
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function openViewFile(file: File): Promise<void> {
  const store = useExplorer.getState();
  try {
    const { graph, state, problems } = viewFileToViewState(
      JSON.parse(await file.text()) as unknown,
      file.name,
    );
    if (graph !== store.graphUrl) {
      useExplorer.setState({ graphUrl: graph, load: { status: "loading", url: graph } });
    }
    store.replaceView(state);
    history.pushState(null, "", viewToHref(state, graph));
    store.setNotice(problems.length > 0 ? problems.join("; ") : null);
  } catch (err) {
    store.setNotice((err as Error).message);
  }
}

export async function copyLink(): Promise<void> {
  const { view, graphUrl, lang, setNotice } = useExplorer.getState();
  const href = new URL(viewToHref(view, graphUrl), location.href).toString();
  try {
    await navigator.clipboard.writeText(href);
    setNotice(translate(lang, "linkCopied"));
  } catch {
    // Clipboard blocked (insecure context, permissions): show the link so it can be copied by hand.
    setNotice(href);
  }
}
