// @vitest-environment happy-dom
// The whole pane over the fake Word (the real adapter, one Word session): a hand-filled form
// converted with 转换为 ccr 记录 receives what is typed in the pane afterwards (issue 17.7), and the
// record lives in the document, not in the browser's storage (issue 21.3).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeWordHost, hostText } from "../../../test/fake-word";
import { documentWith, HAND_FILLED_FORM } from "../../../test/support/hand-filled-word";
import { typeInto } from "../../../test/support/pane-dom";
import { adapterOver } from "../../../test/support/word-setup";
import { fieldTag } from "../../form/tags";
import { App } from "../App";
import type { HostInfo } from "../host";
import { RecordStore, freshRecord } from "../state/recordStore";
import { openWordSession } from "./session";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const WORD: HostInfo = { kind: "word", wordApi13: true, theme: { forcedColors: false, prefersDark: false } };

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = "";
  localStorage.clear();
});

function $(selector: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(selector);
}

describe("the pane over the fake Word", () => {
  it("convert a hand-filled form → edit 沟通主题 in the pane → the cell's text in the document changed", async () => {
    const word = documentWith(HAND_FILLED_FORM).host;
    const store = new RecordStore(freshRecord());
    const session = openWordSession(adapterOver(word));
    const el = document.createElement("div");
    document.body.append(el);
    root = createRoot(el);
    await act(async () => {
      root!.render(
        <FluentProvider theme={webLightTheme}>
          <App host={WORD} store={store} initialLang="zh" onLangChange={() => undefined} wordSession={session} />
        </FluentProvider>,
      );
    });

    // A new record opens at 会前; 插入记录表 and 转换 are on 会后 › 记录.
    await act(async () => ($('[data-phase="after"]') as HTMLElement | null)?.click());
    await act(async () => ($('[data-tab-button="record"]') as HTMLElement | null)?.click());
    const convert = await vi.waitFor(() => {
      const button = $("[data-testid=adopt-card] button") as HTMLButtonElement | null;
      if (!button || button.disabled) throw new Error("转换为 ccr 记录 not offered yet");
      return button;
    });
    await act(async () => convert.click());
    await vi.waitFor(() => expect($("[data-testid=word-synced]")).not.toBeNull());
    const id = store.record.id;
    expect(store.record.topic).toBe("项目研发阶段延期协调会");

    const topic = $("input[data-path=topic]") as HTMLInputElement;
    expect(topic.value).toBe("项目研发阶段延期协调会");
    await act(async () => typeInto(topic, "项目研发阶段延期协调会(第二次)"));

    await vi.waitFor(() => expect(word.controlsByTag(fieldTag(id, "topic")).map(hostText).join("")).toBe("项目研发阶段延期协调会(第二次)"), {
      timeout: 5000,
    });
    // In Word the record is kept in the document only.
    expect(localStorage.length).toBe(0);
  });

  it("a record typed before 插入记录表 is kept in the document's add-in data and listed when the pane reopens", async () => {
    const word = new FakeWordHost();
    const store = new RecordStore(freshRecord());
    const el = document.createElement("div");
    document.body.append(el);
    root = createRoot(el);
    await act(async () => {
      root!.render(
        <FluentProvider theme={webLightTheme}>
          <App host={WORD} store={store} initialLang="zh" onLangChange={() => undefined} wordSession={openWordSession(adapterOver(word))} />
        </FluentProvider>,
      );
    });
    const topic = await vi.waitFor(() => {
      const input = $("input[data-path=topic]") as HTMLInputElement | null;
      if (!input) throw new Error("no topic field yet");
      return input;
    });
    await act(async () => typeInto(topic, "尚未插入的协调会"));
    act(() => store.flush());

    // The pane is closed and opened again: the document still has the record.
    await vi.waitFor(async () => {
      const listed = await adapterOver(word).listRecords();
      expect(listed.map((r) => [r.id, r.topic, r.inDocument])).toEqual([[store.record.id, "尚未插入的协调会", false]]);
    }, { timeout: 5000 });
    expect(localStorage.length).toBe(0);
  });
});
