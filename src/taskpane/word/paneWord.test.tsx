// @vitest-environment happy-dom
// The whole pane over the fake Word (the real adapter, one Word session): a hand-filled form
// converted with 转换为 ccr 记录 receives what is typed in the pane afterwards (issue 17.7), and the
// record lives in the document, not in the browser's storage (issue 21.3).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeWordHost, hostText, textBlocks, type Block, type Cell, type Table } from "../../../test/fake-word";
import { adapterOver } from "../../../test/support/word-setup";
import { fieldTag } from "../../form/tags";
import { App } from "../App";
import type { HostInfo } from "../host";
import { RecordStore, freshRecord } from "../state/recordStore";
import { openWordSession } from "./session";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FORM = [
  ["基本信息", "内容"],
  ["沟通主题", "项目研发阶段延期协调会"],
  ["沟通时间", "2026年6月8日 14:00至15:00"],
  ["沟通类型", "☑内部沟通□外部沟通(外部单位:_________)"],
  ["主导人", "(姓名:张伟 工号:A1023 联系方式:13800001023)"],
  ["参与人员", "(内部:李娜(部门:生产部)、周强(部门:市场部);外部:)"],
  ["记录人", "(例:陈静)"],
  ["背景与事由", "因技术难点攻克延迟,研发阶段原定6月10日完成,现需调整计划"],
  ["核心讨论点", "1.延期具体时长\n2.生产部物料准备"],
];

/** A document holding the hand-filled form, the cursor in its 沟通主题 cell. */
function handFilledDocument(): FakeWordHost {
  const table: Table = {
    kind: "tbl",
    rows: FORM.map((cells) => ({ kind: "tr", header: false, cantSplit: false, cells: cells.map((text): Cell => ({ kind: "tc", blocks: textBlocks(text) })) })),
  };
  const body: Block[] = [{ kind: "p", inlines: [{ kind: "t", text: "沟通协调记录表" }] }, table, { kind: "p", inlines: [] }];
  const host = new FakeWordHost({ body });
  const cell = table.rows[1].cells[1].blocks[0];
  if (cell.kind === "p") host.selection = cell;
  return host;
}

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

/** Types into an input as the user does (React listens to the native input event). */
function typeInto(input: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  setter?.call(input, text);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

describe("the pane over the fake Word", () => {
  it("convert a hand-filled form → edit 沟通主题 in the pane → the cell's text in the document changed", async () => {
    const word = handFilledDocument();
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
});
