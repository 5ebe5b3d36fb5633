// @vitest-environment happy-dom
// The pane's hooks over the record store: what reads the record re-renders on each edit, what only
// edits it or reads the pane's shell does not (no 15-member context re-rendering everything).
import { act } from "react";
import { createRoot } from "react-dom/client";
import { describe, expect, it } from "vitest";
import { emptyRecord } from "../../domain/record/record";
import { translator } from "../i18n";
import { FindingsContext, PaneContext, StoreContext, type PaneShell } from "./contexts";
import { useFindings, usePaneShell, useRecord, useUpdate } from "./pane";
import { RecordStore } from "./recordStore";
import { useRecordEditor } from "./useRecordEditor";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe("the pane's hooks", () => {
  it("useRecord re-renders on each edit; useUpdate and usePaneShell alone do not; useRecordEditor sees the save state", () => {
    const store = new RecordStore({ ...emptyRecord(), id: "r1" });
    const renders = { reader: 0, editor: 0, shell: 0 };
    let edit: ReturnType<typeof useUpdate> | undefined;
    let saveKind = "";
    const Reader = () => {
      renders.reader++;
      return <span data-testid="topic">{useRecord().topic}</span>;
    };
    const Editor = () => {
      renders.editor++;
      edit = useUpdate();
      return null;
    };
    const Shell = () => {
      renders.shell++;
      return <span>{usePaneShell().lang}</span>;
    };
    const Save = () => {
      saveKind = useRecordEditor().save.kind;
      return null;
    };
    const shell = { t: translator("zh"), lang: "zh" } as unknown as PaneShell;
    const el = document.createElement("div");
    const root = createRoot(el);
    act(() =>
      root.render(
        <PaneContext.Provider value={shell}>
          <StoreContext.Provider value={{ store }}>
            <Reader />
            <Editor />
            <Shell />
            <Save />
          </StoreContext.Provider>
        </PaneContext.Provider>,
      ),
    );
    act(() => edit!((r) => ({ ...r, topic: "周会" })));
    act(() => edit!((r) => ({ ...r, topic: "周会2" })));
    expect(el.querySelector("[data-testid=topic]")?.textContent).toBe("周会2");
    expect(renders).toEqual({ reader: 3, editor: 1, shell: 1 });
    expect(saveKind).toBe("saving");
    act(() => store.flush());
    expect(saveKind).toBe("notKept");
    act(() => root.unmount());
  });

  it("a test may give PaneContext a whole PaneApi: each hook reads its member", () => {
    const record = { ...emptyRecord(), id: "r9", topic: "给定" };
    const api = { t: translator("zh"), lang: "zh", record, findings: [] } as unknown as PaneShell;
    let seen: unknown[] = [];
    const Probe = () => {
      seen = [useRecord().topic, useFindings()];
      return null;
    };
    const root = createRoot(document.createElement("div"));
    act(() =>
      root.render(
        <PaneContext.Provider value={api}>
          <Probe />
        </PaneContext.Provider>,
      ),
    );
    expect(seen).toEqual(["给定", []]);
    act(() =>
      root.render(
        <PaneContext.Provider value={api}>
          <FindingsContext.Provider value={undefined}>
            <Probe />
          </FindingsContext.Provider>
        </PaneContext.Provider>,
      ),
    );
    expect(seen).toEqual(["给定", undefined]);
    act(() => root.unmount());
  });
});
