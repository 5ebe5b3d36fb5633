import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf } from "../../../test/support/records";

function externalRecord() {
  const record = completeRecord();
  record.kind = "external";
  record.externalUnit = "某供应商";
  record.formalLetter = { required: true, ref: "采购函〔2026〕12号" };
  return record;
}

describe("rule 7: external records", () => {
  it("passes an external record with unit, external participant and a letter with its reference", () => {
    expect(findingsOf(externalRecord(), "required")).toEqual([]);
    expect(findingsOf(externalRecord(), "external.letter")).toEqual([]);
  });

  it("requires the external unit and an external participant (errors)", () => {
    const record = externalRecord();
    record.externalUnit = "";
    record.participants = record.participants.filter((p) => p.side !== "external");
    expect(findingsOf(record, "required").map((f) => [f.path, f.severity])).toEqual([
      ["externalUnit", "error"],
      ["participants", "error"],
    ]);
  });

  it("warns when agreed points have no formal letter planned, or no reference", () => {
    const none = externalRecord();
    none.formalLetter = { required: false, ref: "" };
    expect(findingsOf(none, "external.letter").map((f) => [f.path, f.severity])).toEqual([["formalLetter", "warning"]]);
    const noRef = externalRecord();
    noRef.formalLetter.ref = "";
    expect(findingsOf(noRef, "external.letter").map((f) => [f.path, f.severity])).toEqual([["formalLetter.ref", "warning"]]);
  });

  it("asks nothing of internal records", () => {
    const record = completeRecord();
    record.formalLetter = { required: false, ref: "" };
    expect(findingsOf(record, "external.letter")).toEqual([]);
  });
});
