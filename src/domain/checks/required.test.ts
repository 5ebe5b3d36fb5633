import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf } from "../../../test/support/records";

describe("rule 1: required fields", () => {
  it("passes the complete record", () => {
    expect(findingsOf(completeRecord(), "required")).toEqual([]);
  });

  it("names each missing field by its path", () => {
    const record = completeRecord();
    record.topic = "";
    record.lead.name = " ";
    record.place = "";
    record.background = "";
    record.discussionPoints = [];
    record.consensus = [""];
    const found = findingsOf(record, "required");
    expect(found.map((f) => f.path)).toEqual(["topic", "place", "lead.name", "background", "discussionPoints", "consensus"]);
    expect(found.every((f) => f.severity === "error")).toBe(true);
    expect(found[0].message.zh).toContain("沟通主题");
    expect(found[0].message.en).toContain("topic");
  });

  it("wants a valid date and HH:MM times", () => {
    const record = completeRecord();
    record.date = "6月8日";
    record.start = "";
    record.end = "下午三点";
    const found = findingsOf(record, "required");
    expect(found.map((f) => f.path)).toEqual(["date", "start", "end"]);
    expect(found[0].message.zh).toContain("2026-06-08");
  });

  it("wants a participant besides the lead, each with name and department (unit and title when external)", () => {
    const record = completeRecord();
    record.participants = [{ name: record.lead.name, side: "internal", dept: "技术部" }];
    expect(findingsOf(record, "required").map((f) => f.path)).toEqual(["participants"]);
    record.participants = [
      { name: "李娜", side: "internal", dept: "" },
      { name: "", side: "internal", dept: "生产部" },
      { name: "王强", side: "external", unit: "", title: "" },
    ];
    expect(findingsOf(record, "required").map((f) => f.path)).toEqual([
      "participants[0].dept",
      "participants[1].name",
      "participants[2].unit",
      "participants[2].title",
    ]);
  });
});
