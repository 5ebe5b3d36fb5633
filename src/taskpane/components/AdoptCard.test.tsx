import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { HostInfo } from "../host";
import { translator } from "../i18n";
import { PaneContext, type PaneApi } from "../state/pane";
import { AdoptCard } from "./AdoptCard";

function render(host: HostInfo, lang: "zh" | "en" = "zh"): string {
  const word = host.kind === "word" ? { ready: true } : undefined;
  const api = { t: translator(lang), lang, host, word, notify: () => undefined } as unknown as PaneApi;
  return renderToStaticMarkup(
    <PaneContext.Provider value={api}>
      <AdoptCard />
    </PaneContext.Provider>,
  );
}

const theme = { forcedColors: false, prefersDark: false };

describe("the 转换为 ccr 记录 card of the 记录 tab", () => {
  it("offers the conversion inside Word, in the pane's language", () => {
    expect(render({ kind: "word", wordApi13: true, theme })).toContain("转换为 ccr 记录");
    expect(render({ kind: "word", wordApi13: true, theme }, "en")).toContain("Convert to a ccr record");
  });

  it("is not shown outside Word or without WordApi 1.3", () => {
    expect(render({ kind: "standalone", wordApi13: false, theme })).toBe("");
    expect(render({ kind: "word", wordApi13: false, theme })).toBe("");
  });
});
