import { describe, expect, it } from "vitest";
import { findingsOf, withAction } from "../../../test/support/records";

describe("rule 3: vague and impossible deadlines", () => {
  it("passes concrete deadlines in every accepted form", () => {
    for (const deadline of ["2026-06-12", "2026年6月12日前", "6月12日17:00前", "本周五", "3个工作日内", "两周内", "月底"]) {
      expect(findingsOf(withAction({ deadline }), "deadline.vague"), deadline).toEqual([]);
      expect(findingsOf(withAction({ deadline }), "deadline.invalid"), deadline).toEqual([]);
    }
  });

  it("reports a vague word as an error and suggests a concrete date", () => {
    const [f] = findingsOf(withAction({ deadline: "尽快" }), "deadline.vague");
    expect(f).toMatchObject({ rule: "deadline.vague", severity: "error", path: "actions[0].deadline" });
    expect(f.message.zh).toContain("尽快");
    expect(f.message.zh).toContain("2026年6月30日前");
    expect(f.message.en).toContain("by 30 June 2026");
  });

  it("without a meeting date suggests a date from today, and without either no made-up day", () => {
    const undated = { ...withAction({ deadline: "尽快" }), date: "" };
    const [fromToday] = findingsOf(undated, "deadline.vague", "2026-12-02");
    expect(fromToday.message.zh).toContain("如 2026年12月31日前");
    const [bare] = findingsOf(undated, "deadline.vague");
    expect(bare.message.zh).toContain("如 X年X月X日前");
    expect(bare.message.en).toContain("e.g. by D Month YYYY");
  });

  it("reports text that is not a date", () => {
    const found = findingsOf(withAction({ deadline: "会后" }), "deadline.vague");
    expect(found).toHaveLength(1);
    expect(found[0].message.zh).toContain("不是日期");
  });

  it("reports a date that does not exist as deadline.invalid", () => {
    for (const deadline of ["2026-02-30", "2026年13月1日"]) {
      const found = findingsOf(withAction({ deadline }), "deadline.invalid");
      expect(found.map((f) => [f.path, f.severity]), deadline).toEqual([["actions[0].deadline", "error"]]);
      expect(findingsOf(withAction({ deadline }), "deadline.vague")).toEqual([]);
    }
  });

  it("says a span or an approximate day is not one day (下月初, 6月30日前后), and resolves 本周内 and 下月15日前", () => {
    const [f] = findingsOf(withAction({ deadline: "6月30日前后" }), "deadline.vague");
    expect(f.message.zh).toContain("“6月30日前后”是一段时间或大约的日期，不是具体的一天");
    expect(f.message.en).toContain('"6月30日前后" is a span or an approximate day');
    for (const deadline of ["本周内", "这周内", "下周内", "下月15日前", "六月三十日前", "二〇二六年六月三十日"]) {
      expect(findingsOf(withAction({ deadline }), "deadline.vague"), deadline).toEqual([]);
    }
  });
});
