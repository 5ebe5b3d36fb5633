// The 准备, 议程, 待办 and 会后 panels rendered to HTML (no browser): every panel renders in both
// languages over an example record and shows what the domain computes for it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseRecord, type CcrRecord, type Lang } from "../../domain/record/record";
import { translator } from "../i18n";
import { PaneContext, type PaneApi } from "../state/pane";
import { AgendaPanel } from "./agenda/AgendaPanel";
import { CirculationPanel } from "./circulation/CirculationPanel";
import { PrepPanel } from "./prep/PrepPanel";
import { TodoPanel } from "./todo/TodoPanel";
import { EXAMPLES_DIR } from "../../../test/support/records";

function example(name: string): CcrRecord & { id: string } {
  const parsed = parseRecord(readFileSync(join(EXAMPLES_DIR, name), "utf8"));
  if (!parsed.ok) throw new Error(name);
  return { ...parsed.record, id: "r-test" };
}

function render(Panel: () => JSX.Element, record: CcrRecord & { id: string }, lang: Lang, kind: "word" | "standalone" = "standalone"): string {
  const api: PaneApi = {
    t: translator(lang),
    lang,
    setLang: () => {},
    host: { kind, wordApi13: kind === "word", theme: { forcedColors: false, prefersDark: false } },
    editor: {} as PaneApi["editor"],
    record,
    update: () => {},
    findings: [],
    goTo: () => {},
    focusRequest: undefined,
    clearFocusRequest: () => {},
    notify: () => {},
    revealed: () => true,
    touch: () => {},
  };
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={api}>
        <Panel />
      </PaneContext.Provider>
    </FluentProvider>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

describe("plan panels", () => {
  it("准备 shows the channel advice and the scenario's checklist", () => {
    const html = text(render(PrepPanel, example("resource-budget.json"), "zh"));
    expect(html).toContain("复杂问题讨论：采用视频会议或线下会议");
    expect(html).toContain("准备清单（0/");
    expect(render(PrepPanel, example("resource-budget.json"), "zh")).toMatch(/<textarea[^>]*>梳理现有资源缺口（人力、预算、设备）<\/textarea>/);
  });

  it("议程 shows the default items, the minute balance and the opening statement; 插入议程 only in Word", () => {
    const record = example("project-delay.json");
    const html = render(AgendaPanel, record, "zh");
    expect(html).toMatch(/<textarea[^>]*>确认责任人、完成时限及交付标准<\/textarea>/);
    expect(text(html)).toContain("议程合计 30 分钟，与会议时长一致。");
    expect(text(html)).toContain("各位好，今天召开项目研发阶段延期协调会，预计30分钟");
    expect(text(html)).toContain("视频会议/线下会议需提前发送会议议程");
    expect(html).not.toContain('data-testid="agenda-to-word"');
    expect(render(AgendaPanel, record, "zh", "word")).toContain('data-testid="agenda-to-word"');
    expect(text(render(AgendaPanel, record, "en"))).toContain("Agenda items");
  });

  it("待办 lists every item with its state and the reminder section", () => {
    const html = render(TodoPanel, example("project-delay.json"), "zh");
    expect(html.match(/data-testid="todo-item"/g)).toHaveLength(3);
    expect(html).toContain('data-testid="todo-reminder"');
    expect(text(html)).toContain("提交物料需求清单");
    expect(text(render(TodoPanel, example("project-delay.json"), "en"))).toContain("Weekly progress report");
  });

  it("会后 shows the circulation, the confirmations per participant and the formal letter for an external meeting", () => {
    const html = render(CirculationPanel, example("supplier-delivery.json"), "zh");
    expect(html.match(/data-testid="confirmation"/g)).toHaveLength(3);
    expect(html).toContain('data-testid="followup-letter"');
    expect(text(html)).toContain("请确认，如有异议请于");
    expect(text(render(CirculationPanel, example("project-delay.json"), "en"))).toContain("Minutes sent on");
  });
});
