// 20.8: every export has its own download name; minutes of a record with errors say 征求意见稿.
import { describe, expect, it } from "vitest";
import { emptyRecord } from "../../../domain/record/record";
import { translator } from "../../i18n";
import { EXPORTERS, exportFileName } from "./exporters";

const record = { ...emptyRecord(), topic: "供应商交付周期确认会", date: "2026-12-08" };

describe("export file names", () => {
  it("differ for the two 纪要 layouts and mark a draft", () => {
    const t = translator("zh");
    const extension = { minutes: "docx", minutesGongwen: "docx", actionsDocx: "docx", actionsCsv: "csv", actionsIcs: "ics", recordJson: "json" } as const;
    const names = EXPORTERS.map((x) => exportFileName(x, record, extension[x.id], false, t));
    expect(new Set(names).size).toBe(names.length);
    const [minutes, gongwen] = ["minutes", "minutesGongwen"].map((id) => EXPORTERS.find((x) => x.id === id)!);
    expect(exportFileName(minutes, record, "docx", false, t)).toBe("供应商交付周期确认会-2026-12-08-会议纪要.docx");
    expect(exportFileName(gongwen, record, "docx", false, t)).toBe("供应商交付周期确认会-2026-12-08-会议纪要（公文格式）.docx");
    expect(exportFileName(minutes, record, "docx", true, t)).toBe("供应商交付周期确认会-2026-12-08-会议纪要（征求意见稿）.docx");
    expect(exportFileName(gongwen, record, "docx", true, t)).toBe("供应商交付周期确认会-2026-12-08-会议纪要（公文格式）（征求意见稿）.docx");
    // Only minutes are drafts; the action table keeps its name.
    const actions = EXPORTERS.find((x) => x.id === "actionsDocx")!;
    expect(exportFileName(actions, record, "docx", true, t)).toBe(exportFileName(actions, record, "docx", false, t));
    const en = translator("en");
    expect(exportFileName(gongwen, record, "docx", true, en)).toBe("供应商交付周期确认会-2026-12-08-minutes (official format) (draft).docx");
  });
});
