import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf } from "../../../test/support/records";

describe("follow-up dates", () => {
  it("reports a sentOn that is not a date, and not as unsent minutes", () => {
    const record = completeRecord();
    record.sentOn = "2026-06-31";
    const [f] = findingsOf(record, "date.invalid", "2026-07-20");
    expect(f).toMatchObject({ severity: "error", path: "sentOn" });
    expect(f.message.zh).toContain("发送日期“2026-06-31”不是有效日期");
    expect(findingsOf(record, "circulation.late", "2026-07-20")).toEqual([]);
  });

  it("reports an objection date that is not a date", () => {
    const record = completeRecord();
    record.objectionBy = "6月11日";
    expect(findingsOf(record, "date.invalid").map((f) => f.path)).toEqual(["objectionBy"]);
  });

  it("reports minutes sent before the meeting", () => {
    const record = completeRecord();
    record.sentOn = "2026-06-05";
    const [f] = findingsOf(record, "sent.before-meeting");
    expect(f).toMatchObject({ severity: "error", path: "sentOn" });
    expect(f.message.zh).toBe("纪要发送日期（2026年6月5日）早于沟通日期（2026年6月8日）：请填写实际发送纪要的日期。");
    record.sentOn = "2026-06-08";
    expect(findingsOf(record, "sent.before-meeting")).toEqual([]);
  });

  it("reports a meeting date whose circulation deadline is past the calendar's range (issue 16: 9999-12-31)", () => {
    const record = completeRecord();
    record.date = "9999-12-31";
    record.sentOn = "";
    record.actions[0].deadline = "本周五";
    const [f] = findingsOf(record, "date.range", "2026-12-02");
    expect(f).toMatchObject({ severity: "warning", path: "date" });
    expect(f.message.zh).toContain("超出日历范围");
  });
});

describe("one message for a date that is not a date", () => {
  it("says the same, with the same one example, for 沟通日期 and 发送日期", async () => {
    const { validateRecord } = await import("./validate");
    const { emptyRecord } = await import("../record/record");
    const f = validateRecord({ ...emptyRecord(), date: "6月8日", sentOn: "2026/6/31" });
    const messages = ["date", "sentOn"].map((p) => f.find((x) => x.path === p)!.message);
    expect(messages[0].zh).toBe("沟通日期“6月8日”不是有效日期：请写成年-月-日，如 2026-06-08。");
    expect(messages[1].zh).toBe("发送日期“2026/6/31”不是有效日期：请写成年-月-日，如 2026-06-08。");
    for (const m of messages) expect(m.en.match(/\d{4}-\d{2}-\d{2}/g)).toEqual(["2026-06-08"]);
  });
});
