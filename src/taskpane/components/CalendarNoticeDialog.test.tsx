// @vitest-environment happy-dom
// 节假日安排 in the pane: paste a notice, see what was read, confirm; the year is kept in the
// browser's storage and counts at once; a notice that cannot be read fully is refused with why.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { dayKind, isOfficialCalendarYear } from "../../domain/calendar/calendar";
import { setAddedCalendarYears } from "../../domain/calendar/calendar-years";
import { translator } from "../i18n";
import { PaneContext, type Notice, type PaneApi } from "../state/pane";
import { installStoredCalendarYears } from "../storage/calendarYears";
import { CalendarNoticeDialog } from "./CalendarNoticeDialog";
import { parseIsoDate as isoDay } from "../../domain/calendar/iso-date";
import { NOTICE_2027_ITEMS } from "../../../test/support/notice-2027";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOTICE_2027 = [
  "国务院办公厅关于2027年部分节假日安排的通知",
  ...NOTICE_2027_ITEMS,
].join("\n");

// Fluent's focus manager (tabster) watches the DOM, and a mutation it sees once the test environment
// is gone throws (NodeFilter is not defined): the dialogs are unmounted inside act after each test.
// Without Web Animations (happy-dom rejects a cancelled animation's promise, which no one awaits)
// Fluent's motions finish at once, as they do in its own tests.
Object.defineProperty(Element.prototype, "animate", { configurable: true, value: undefined });
const roots: Root[] = [];
afterEach(async () => {
  await act(async () => roots.splice(0).forEach((r) => r.unmount()));
  localStorage.clear();
  setAddedCalendarYears({});
  document.body.innerHTML = "";
});

async function open(lang: "zh" | "en", notices: Notice[], onClose: () => void = () => undefined) {
  const api = { t: translator(lang), lang, notify: (n: Notice) => notices.push(n) } as unknown as PaneApi;
  const el = document.createElement("div");
  document.body.append(el);
  await act(async () => {
    const root = createRoot(el);
    roots.push(root);
    root.render(
      <FluentProvider theme={webLightTheme}>
        <PaneContext.Provider value={api}>
          <CalendarNoticeDialog onClose={onClose} />
        </PaneContext.Provider>
      </FluentProvider>,
    );
  });
}

const byTestId = (id: string) => document.querySelector(`[data-testid=${id}]`) as HTMLElement | null;

async function paste(text: string) {
  const area = byTestId("calendar-notice-text") as HTMLTextAreaElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(area, text);
    area.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

async function click(id: string) {
  await act(async () => byTestId(id)!.click());
}

describe("节假日安排", () => {
  it("shows what was read and, once confirmed, keeps the year and counts with it", async () => {
    const notices: Notice[] = [];
    let closed = false;
    await open("zh", notices, () => (closed = true));
    await paste(NOTICE_2027);
    await click("calendar-read");
    expect(byTestId("calendar-result")!.textContent).toContain("春节：2月5日（周五）至2月12日（周五），共8天；2月13日（周六）上班");
    expect(dayKind(isoDay("2027-02-13"))).toBe("weekend");
    await click("calendar-confirm");
    expect(notices).toEqual([{ intent: "success", text: "已添加2027年的节假日安排，检查结果已按通知重新计算。" }]);
    expect(closed).toBe(true);
    expect(isOfficialCalendarYear(2027)).toBe(true);
    expect(dayKind(isoDay("2027-02-13"))).toBe("workday");
    // After a reload: read back from the browser's storage.
    setAddedCalendarYears({});
    expect(isOfficialCalendarYear(2027)).toBe(false);
    installStoredCalendarYears(localStorage);
    expect(dayKind(isoDay("2027-02-13"))).toBe("workday");
  });

  it("refuses a notice it cannot read fully, says why, and keeps the pasted text", async () => {
    await open("en", []);
    await paste(NOTICE_2027.replace("共8天", "共9天"));
    await click("calendar-read");
    expect(byTestId("calendar-problems")!.textContent).toContain("the number of days does not match the dates");
    expect(byTestId("calendar-confirm")).toBeNull();
    expect((byTestId("calendar-notice-text") as HTMLTextAreaElement).value).toContain("国务院办公厅关于2027年");
    expect(localStorage.getItem("ccr.calendar.v1")).toBeNull();
  });

  it("says a shipped year's notice is already in the calendar", async () => {
    await open("zh", []);
    await paste(readFileSync(join(__dirname, "..", "..", "..", "test", "fixtures", "notices", "2026.txt"), "utf8"));
    await click("calendar-read");
    expect(document.body.textContent).toContain("2026年的这一安排已在日历中，无需添加。");
    expect(byTestId("calendar-confirm")).toBeNull();
  });
});
