// @vitest-environment happy-dom
// Word for Mac ignores downloads (office-js #4681): the 导出 buttons open a .docx as a new document,
// put a text file on the clipboard, and say so; what cannot be saved is explained, not lost silently.
import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { EXAMPLES_DIR, readRecord } from "../../../../test/support/records";
import { translator } from "../../i18n";
import { PaneContext, type Notice, type PaneApi } from "../../state/pane";
import type { WordPaneApi } from "../../word/useWordSync";
import { ExportPanel } from "./ExportPanel";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let clipboard: string[] = [];
Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async (text: string) => void clipboard.push(text) } });
afterEach(() => {
  clipboard = [];
  document.body.innerHTML = "";
});

async function exportOnMac(id: string, open: (bytes: Uint8Array) => Promise<void>, lang: "zh" | "en" = "zh"): Promise<Notice[]> {
  const notices: Notice[] = [];
  const word = {
    ready: true,
    capabilities: { core: true, sets: {}, platform: "Mac", canOpenDocuments: true, canDownload: false },
    doc: { openAsNewDocument: open },
    records: [],
  } as unknown as WordPaneApi;
  const api = {
    t: translator(lang),
    lang,
    host: { kind: "word", wordApi13: true, theme: { forcedColors: false, prefersDark: false } },
    notify: (n: Notice) => notices.push(n),
    record: readRecord(join(EXAMPLES_DIR, "project-delay.json")),
    findings: [],
    editor: { flush: () => undefined },
    word,
    goTo: () => undefined,
  } as unknown as PaneApi;
  const el = document.createElement("div");
  document.body.append(el);
  await act(async () => {
    createRoot(el).render(
      <PaneContext.Provider value={api}>
        <ExportPanel />
      </PaneContext.Provider>,
    );
  });
  await act(async () => {
    (el.querySelector(`[data-export=${id}]`) as HTMLButtonElement).click();
  });
  // The exporters load on first use: wait until the button is enabled again.
  for (let i = 0; i < 400 && (el.querySelector(`[data-export=${id}]`) as HTMLButtonElement).disabled !== false; i++) await act(async () => new Promise((r) => setTimeout(r, 25)));
  for (let i = 0; i < 400 && notices.length === 0; i++) await act(async () => new Promise((r) => setTimeout(r, 25)));
  return notices;
}

describe("导出 in Word for Mac", () => {
  it("puts the CSV on the clipboard and says where it is", async () => {
    const notices = await exportOnMac("actionsCsv", () => Promise.reject(new Error("not for text")));
    expect(clipboard).toHaveLength(1);
    expect(clipboard[0]).toContain("提交调整后的研发计划");
    expect(notices).toHaveLength(1);
    expect(notices[0].text).toContain("复制到剪贴板");
    expect(notices[0].intent).toBe("success");
  });

  it("opens the minutes as a new Word document", async () => {
    const opened: Uint8Array[] = [];
    const notices = await exportOnMac("minutes", async (bytes) => void opened.push(bytes));
    expect(opened).toHaveLength(1);
    expect(notices.map((n) => n.intent)).toEqual(["success"]);
  });

  it("explains, in the pane's language, a document Word would not open, instead of a download that never comes", async () => {
    for (const lang of ["zh", "en"] as const) {
      const notices = await exportOnMac("minutes", () => Promise.reject(new Error("GeneralException")), lang);
      expect(notices).toHaveLength(1);
      expect(notices[0].intent).toBe("warning");
      expect(notices[0].text).toContain(lang === "zh" ? "独立模式" : "stand-alone");
    }
  });
});
