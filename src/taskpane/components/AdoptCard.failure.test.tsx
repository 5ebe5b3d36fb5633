// @vitest-environment happy-dom
// A conversion that Word refuses (a read-only document) tells the user what happened and what to do
// in the pane's language, not office.js's raw message.
import { act } from "react";
import { createRoot } from "react-dom/client";
import { describe, expect, it } from "vitest";
import { translator } from "../i18n";
import { PaneContext, type Notice, type PaneApi } from "../state/pane";
import { WORD_ERROR_MESSAGES } from "../../word/errors";
import type { WordPaneApi } from "../word/useWordSync";
import { AdoptCard } from "./AdoptCard";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The session's Word whose conversion office.js refuses as it does for a read-only document. */
const readOnly = {
  ready: true,
  adopt: () => Promise.reject(Object.assign(new Error("The document is read-only."), { code: "AccessDenied" })),
} as unknown as WordPaneApi;

async function convertWith(lang: "zh" | "en"): Promise<Notice[]> {
  const notices: Notice[] = [];
  const api = {
    t: translator(lang),
    lang,
    host: { kind: "word", wordApi13: true, theme: { forcedColors: false, prefersDark: false } },
    notify: (n: Notice) => notices.push(n),
    word: readOnly,
  } as unknown as PaneApi;
  const el = document.createElement("div");
  document.body.append(el);
  await act(async () => {
    createRoot(el).render(
      <PaneContext.Provider value={api}>
        <AdoptCard />
      </PaneContext.Provider>,
    );
  });
  await act(async () => {
    (el.querySelector("[data-testid=adopt-card] button") as HTMLButtonElement).click();
  });
  return notices;
}

describe("转换为 ccr 记录 refused by Word", () => {
  it.each(["zh", "en"] as const)("says what happened and what to do (%s)", async (lang) => {
    const notices = await convertWith(lang);
    expect(notices).toHaveLength(1);
    expect(notices[0].intent).toBe("error");
    expect(notices[0].text).toContain(WORD_ERROR_MESSAGES.AccessDenied[lang]);
    expect(notices[0].text).not.toContain("The document is read-only.");
  });
});
