// 自检 in the pane: the header's … menu exists only once the Word session is open, and the dialog shows
// the self-test's report, run by the real adapter over the fake Word.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { setup } from "../../../test/support/word-setup";
import { translator } from "../i18n";
import { PaneContext, type PaneApi } from "../state/pane";
import type { WordPaneApi } from "../word/useWordSync";
import { selfTestText } from "../../word/self-test";
import { SelfTestMenu } from "./SelfTestMenu";

function renderMenu(word: Partial<WordPaneApi> | undefined): string {
  const api = { t: translator("zh"), lang: "zh", word, record: { id: "t1", topic: "" } } as unknown as PaneApi;
  return renderToStaticMarkup(
    <PaneContext.Provider value={api}>
      <SelfTestMenu />
    </PaneContext.Provider>,
  );
}

describe("the self-test menu", () => {
  it("is there in Word with an open session, and absent in the stand-alone pane or before the session opens", () => {
    const { doc } = setup();
    expect(renderMenu({ ready: true, doc })).toContain('data-testid="more-menu"');
    expect(renderMenu({ ready: false })).toBe("");
    expect(renderMenu(undefined)).toBe("");
  });

  it("the report it shows comes from the adapter: every step, copyable as text", async () => {
    const { doc } = setup();
    const text = selfTestText(await doc.selfTest());
    expect(text.split("\n")).toHaveLength(4 + 9);
    expect(text).toContain("插入记录表 / Insert the form: ok");
  });
});
