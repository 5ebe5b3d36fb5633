import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf } from "../../../test/support/records";

describe("rule 9: minutes circulated within 2 working days", () => {
  it("passes minutes sent in time", () => {
    expect(findingsOf(completeRecord(), "circulation.late", "2026-11-25")).toEqual([]);
  });

  it("passes unsent minutes before their deadline, and unsent minutes when today is not given", () => {
    const record = completeRecord();
    record.sentOn = "";
    expect(findingsOf(record, "circulation.late", "2026-06-10")).toEqual([]);
    expect(findingsOf(record, "circulation.late")).toEqual([]);
  });

  it("warns when sent late and shows the deadline", () => {
    const record = completeRecord();
    record.sentOn = "2026-06-11";
    const [f] = findingsOf(record, "circulation.late");
    expect(f).toMatchObject({ severity: "warning", path: "sentOn" });
    expect(f.message.zh).toContain("2026年6月10日");
    expect(f.message.en).toContain("10 June 2026");
  });

  it("warns when unsent after the deadline, counting holidays", () => {
    const record = completeRecord();
    record.date = "2026-09-30";
    record.sentOn = "";
    expect(findingsOf(record, "circulation.late", "2026-10-09")).toEqual([]);
    const [f] = findingsOf(record, "circulation.late", "2026-10-10");
    expect(f.message.zh).toContain("2026年10月9日");
    expect(f.message.zh).toContain("尚未发送");
  });

  it("says when the calendar of the year is not official", () => {
    const record = completeRecord();
    record.date = "2099-03-02"; // a Monday, in a year without official data
    record.sentOn = "2099-03-05";
    const [f] = findingsOf(record, "circulation.late");
    expect(f.message.zh).toContain("2099年3月4日");
    expect(f.message.zh).toContain("2099年尚无国务院办公厅的节假日安排通知");
    expect(f.message.en).toContain("2099");
    record.sentOn = "2099-03-04";
    expect(findingsOf(record, "circulation.late")).toEqual([]);
  });
});
