import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord } from "../../domain/record/record";
import { suggestionsOf } from "./suggestions";

describe("suggestionsOf", () => {
  it("offers each person, department and organisation once, blanks left out", () => {
    const r = {
      ...emptyRecord(),
      lead: { name: "张伟", staffNo: "", contact: "", dept: "技术部" },
      participants: [
        { name: "李娜", side: "internal" as const, dept: "生产部" },
        { name: "王强", side: "external" as const, unit: "某供应商", title: "销售经理" },
        { name: " ", side: "internal" as const, dept: "技术部" },
      ],
      actions: [{ ...emptyAction(), owner: "李娜", ownerDept: "生产部" }],
    };
    const s = suggestionsOf(r);
    expect(s.people.sort()).toEqual(["张伟", "李娜", "王强"].sort());
    expect(s.departments.sort()).toEqual(["技术部", "生产部"].sort());
    expect(s.units).toEqual(["某供应商"]);
  });
});
