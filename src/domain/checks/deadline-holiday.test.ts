import { describe, expect, it } from "vitest";
import { findingsOf, withAction } from "../../../test/support/records";

describe("a deadline on a statutory holiday", () => {
  it("gets a hint with the next working day (下周三前 from 2026-09-30 is 10月7日, 国庆)", () => {
    const record = withAction({ deadline: "下周三前" });
    record.date = "2026-09-30";
    const [f, ...rest] = findingsOf(record, "deadline.holiday");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "hint", path: "actions[0].deadline" });
    expect(f.message.zh).toBe("待办事项第1项的完成时限2026年10月7日是国庆假期，下一个工作日是2026年10月8日：请确认是否改到工作日。");
    expect(f.message.en).toContain("the next working day is 8 October 2026");
  });

  it("says so when the holiday is provisional (a year without a notice)", () => {
    const record = withAction({ deadline: "2027-10-01" });
    record.date = "2026-12-01";
    const [f] = findingsOf(record, "deadline.holiday");
    expect(f.message.zh).toContain("下一个工作日是2027年10月4日");
    expect(f.message.zh).toContain("为暂定结果");
  });

  it("says nothing on a working day or a weekend", () => {
    expect(findingsOf(withAction({ deadline: "2026-06-12" }), "deadline.holiday")).toEqual([]);
    expect(findingsOf(withAction({ deadline: "2026-06-13" }), "deadline.holiday")).toEqual([]);
  });
});
