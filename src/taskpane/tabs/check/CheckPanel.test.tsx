// 检查 before the validator has loaded (it loads after the pane's first render): nothing is counted,
// "no findings" is not claimed and 确认纪要 is not offered until the findings are there.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { emptyRecord } from "../../../domain/record/record";
import { validateRecord } from "../../../domain/checks/validate";
import { translator } from "../../i18n";
import { PaneContext, type PaneApi } from "../../state/pane";
import { CheckPanel } from "./CheckPanel";

function render(findings: PaneApi["findings"]): string {
  const record = emptyRecord();
  const api = {
    t: translator("zh"),
    lang: "zh",
    record,
    findings,
    update: () => {},
    goTo: () => {},
  } as unknown as PaneApi;
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={api}>
        <CheckPanel />
      </PaneContext.Provider>
    </FluentProvider>,
  );
}

describe("检查 while the validator loads", () => {
  it("shows the loading spinner, no summary and no 确认纪要", () => {
    const html = render(undefined);
    expect(html).toContain("正在加载…");
    expect(html).not.toContain('data-testid="check-summary"');
    expect(html).not.toContain('data-testid="confirm"');
    expect(html).not.toContain(translator("zh")("check.none"));
  });

  it("shows the findings and 确认纪要 once they are there", () => {
    const html = render(validateRecord(emptyRecord(), { today: "2026-06-08" }));
    expect(html).toContain('data-testid="check-summary"');
    expect(html).toContain('data-testid="findings"');
    expect(html).toContain('data-testid="confirm"');
    expect(html).not.toContain("正在加载…");
  });
});
