import { describe, it, expect } from "vitest";
import {
  DEFAULT_VIEW_STATE,
  ViewFileError,
  queryToViewState,
  viewFileToViewState,
  viewStateToQuery,
  viewStateToViewFile,
} from "../../src/core/view";
import type { ViewState } from "../../src/core/view";

const FULL: ViewState = {
  selected: ["t:96279773", "e:微服务"],
  edge: "t:96279773|e:tidb",
  focus: "e:service-mesh",
  depth: 2,
  expanded: ["e:prometheus"],
  path: ["e:tidb", "e:微服务"],
  colorBy: "community",
  hidden: ["event", "person"],
  minDegree: 3,
  viewport: { x: -120.5, y: 33.2, zoom: 1.75 },
};

describe("queryToViewState", () => {
  it("drops invalid values, names the key and keeps the rest", () => {
    const { state, problems } = queryToViewState(
      "?depth=7&color=rainbow&deg=-1&vp=1,2&hide=talk,alien&sel=e%3Atidb",
    );
    expect(state.depth).toBe(1);
    expect(state.colorBy).toBe("type");
    expect(state.minDegree).toBe(0);
    expect(state.viewport).toBeNull();
    expect(state.hidden).toEqual(["talk"]);
    expect(state.selected).toEqual(["e:tidb"]);
    expect(problems.map((p) => p.split(":")[1]!.trim())).toEqual([
      "depth",
      "color",
      "hide",
      "deg",
      "vp",
    ]);
  });

  it("survives a malformed percent escape instead of throwing", () => {
    const { state } = queryToViewState("sel=%E5%BE,e%3Atidb");
    expect(state.selected).toEqual(["e:tidb"]);
  });

  it("gives the default view for an empty query", () => {
    expect(queryToViewState("").state).toEqual(DEFAULT_VIEW_STATE);
  });

  it("ignores keys it does not own, such as graph", () => {
    const { state, problems } = queryToViewState("graph=https%3A%2F%2Fx%2Fg.json&color=community");
    expect(problems).toEqual([]);
    expect(state.colorBy).toBe("community");
  });
});

describe("viewStateToQuery", () => {
  it("writes nothing for the default view", () => {
    expect(viewStateToQuery(DEFAULT_VIEW_STATE)).toBe("");
  });

  it("round-trips a view with Chinese ids, commas and colons", () => {
    const query = viewStateToQuery(FULL);
    expect(query).toContain("sel=t%3A96279773,e%3A%E5%BE%AE%E6%9C%8D%E5%8A%A1");
    expect(queryToViewState(query)).toEqual({ state: FULL, problems: [] });
  });

  it("leaves depth and expansions out when nothing is focused", () => {
    const query = viewStateToQuery({ ...FULL, focus: null });
    expect(query).not.toContain("depth=");
    expect(query).not.toContain("exp=");
  });
});

describe("viewFileToViewState", () => {
  it("rejects a file that is not a talkgraph view, naming the file", () => {
    expect(() => viewFileToViewState({ graph: "graph.json" }, "my.json")).toThrow(ViewFileError);
    expect(() => viewFileToViewState({ graph: "graph.json" }, "my.json")).toThrow(
      /my\.json.*talkgraphView/,
    );
    expect(() => viewFileToViewState([], "a.json")).toThrow(/expected a JSON object/);
    expect(() => viewFileToViewState({ talkgraphView: 1, graph: "" })).toThrow(/"graph"/);
  });

  it("restores exactly what was saved, through JSON", () => {
    const file = JSON.parse(JSON.stringify(viewStateToViewFile(FULL, "graph.json"))) as unknown;
    expect(viewFileToViewState(file)).toEqual({ graph: "graph.json", state: FULL, problems: [] });
  });

  it("fills defaults for missing fields and reports invalid ones", () => {
    const r = viewFileToViewState({
      talkgraphView: 1,
      graph: "g.json",
      selected: ["e:tidb"],
      colorBy: "x",
    });
    expect(r.state).toEqual({ ...DEFAULT_VIEW_STATE, selected: ["e:tidb"] });
    expect(r.problems).toHaveLength(1);
  });
});
