// @vitest-environment happy-dom
// Word that starts slowly (issue 17.5): the pane begins stand-alone, then Office reports Word and the
// pane becomes the Word pane — what was typed meanwhile stays, and can be put into the document.
import { act } from "react";
import { createRoot, type Root as ReactRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeWordHost, hostText } from "../../test/fake-word";
import { typeInto } from "../../test/support/pane-dom";
import { adapterOver } from "../../test/support/word-setup";
import { fieldTag } from "../form/tags";
import type { HostInfo } from "./host";
import { Root } from "./Root";
import { openWordSession } from "./word/session";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const theme = { forcedColors: false, prefersDark: false };

let root: ReactRoot | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = "";
  localStorage.clear();
});

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);

describe("a slow Word start", () => {
  it("switches to Word when Office becomes ready, keeping what was typed", async () => {
    const word = new FakeWordHost();
    let ready: (host: HostInfo) => void = () => undefined;
    const later = new Promise<HostInfo>((resolve) => (ready = resolve));
    const el = document.createElement("div");
    document.body.append(el);
    root = createRoot(el);
    await act(async () => {
      root!.render(
        <Root
          detection={{ host: { kind: "standalone", wordApi13: false, theme }, later }}
          initialLang="zh"
          openSession={() => openWordSession(adapterOver(word))}
        />,
      );
    });
    await vi.waitFor(() => expect($("[data-testid=host-badge]")?.textContent).toContain("未连接 Word"));
    const topic = await vi.waitFor(() => {
      const input = $("input[data-path=topic]") as HTMLInputElement | null;
      if (!input) throw new Error("the record form is not there yet");
      return input;
    });
    await act(async () => typeInto(topic, "慢启动时输入的主题"));

    await act(async () => ready({ kind: "word", wordApi13: true, theme }));
    await vi.waitFor(() => expect($("[data-testid=host-badge]")?.textContent).toContain("已连接 Word"));
    // A new record opens at 会前; 插入记录表 and 转换 are on 会后 › 记录.
    await act(async () => ($('[data-phase="after"]') as HTMLElement | null)?.click());
    await act(async () => ($('[data-tab-button="record"]') as HTMLElement | null)?.click());
    const insert = await vi.waitFor(() => {
      const button = $("[data-testid=word-insert]") as HTMLButtonElement | null;
      if (!button) throw new Error("插入记录表 not offered yet");
      return button;
    });
    expect(($("input[data-path=topic]") as HTMLInputElement).value).toBe("慢启动时输入的主题");

    await act(async () => insert.click());
    await vi.waitFor(() => expect($("[data-testid=word-synced]")).not.toBeNull());
    const rootTag = word.tags().find((tag) => /^ccr:[^:]+$/.test(tag));
    expect(rootTag).toBeDefined();
    expect(word.controlsByTag(fieldTag(rootTag!.slice(4), "topic")).map(hostText).join("")).toBe("慢启动时输入的主题");
  });
});
