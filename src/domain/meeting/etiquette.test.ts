import { describe, expect, it } from "vitest";
import { emptyRecord, type CcrRecord, type Participant } from "../record/record";
import { addressFor, addressForms, etiquetteChecklist, needsEtiquette, setEtiquetteDone, surnameOf } from "./etiquette";
import { abbreviationHint, abbreviationsIn, putGlossaryEntry, readGlossary, removeGlossaryEntry, withGlossary } from "./glossary";

const ext = (name: string, title: string): Participant => ({ name, side: "external", unit: "某供应商", title });

function external(): CcrRecord {
  return {
    ...emptyRecord(),
    kind: "external",
    channel: "video",
    participants: [
      { name: "李娜", side: "internal", dept: "生产部", title: "部门负责人" },
      ext("王强", "销售经理"),
      ext("欧阳明", "副总经理"),
      ext("赵敏", "采购专员"),
    ],
  };
}

describe("forms of address", () => {
  it("derives X总 and X经理 from the title, with compound surnames", () => {
    expect(addressFor(ext("王强", "销售经理"))).toBe("王经理");
    expect(addressFor(ext("欧阳明", "副总经理"))).toBe("欧阳总");
    expect(addressFor(ext("刘洋", "总监"))).toBe("刘总");
    expect(addressFor(ext("陈立", "董事长"))).toBe("陈董");
    expect(addressFor(ext("孙伟", "高级工程师"))).toBe("孙工");
    expect(addressFor(ext("周文", "总工程师"))).toBe("周总工");
    expect(addressFor(ext("何静", "办公室主任"))).toBe("何主任");
  });

  it("keeps the full name when the title gives no habitual form or the name is not Chinese", () => {
    expect(addressFor(ext("赵敏", "采购专员"))).toBe("赵敏");
    expect(addressFor(ext("John Smith", "Sales Manager"))).toBe("John Smith");
    expect(surnameOf("欧阳")).toBe("欧");
  });

  it("lists forms for external participants only", () => {
    expect(addressForms(external()).map((f) => f.address)).toEqual(["王经理", "欧阳总", "赵敏"]);
  });
});

describe("etiquette checklist", () => {
  it("applies to external meetings", () => {
    expect(needsEtiquette(external())).toBe(true);
    expect(needsEtiquette(emptyRecord())).toBe(false);
  });

  it("holds the guide's three items made concrete for the record", () => {
    const items = etiquetteChecklist(withGlossary(external(), [{ abbr: "研二", full: "第二研发中心" }]));
    expect(items.map((i) => i.label.zh)).toEqual(["提前测试会议设备", "使用对方习惯的称呼", "避免使用内部简称"]);
    expect(items[0].detail.zh).toContain("屏幕共享");
    expect(items[1].detail.zh).toContain("王强（销售经理）→ 王经理");
    expect(items[2].detail.zh).toContain("研二 → 第二研发中心");
    expect(items.every((i) => !i.done)).toBe(true);
  });

  it("records ticks in the meeting state without touching the record given", () => {
    const record = external();
    const ticked = setEtiquetteDone(record, "devices", true);
    expect(etiquetteChecklist(ticked).map((i) => i.done)).toEqual([true, false, false]);
    expect(etiquetteChecklist(record)[0].done).toBe(false);
  });
});

describe("glossary of internal abbreviations", () => {
  it("adds, replaces and removes entries", () => {
    let r = putGlossaryEntry(emptyRecord(), { abbr: " 研二 ", full: "研发中心" });
    r = putGlossaryEntry(r, { abbr: "研二", full: "第二研发中心" });
    r = putGlossaryEntry(r, { abbr: "PMO", full: "项目管理办公室" });
    r = putGlossaryEntry(r, { abbr: "  ", full: "x" });
    expect(readGlossary(r)).toEqual([
      { abbr: "研二", full: "第二研发中心" },
      { abbr: "PMO", full: "项目管理办公室" },
    ]);
    expect(readGlossary(removeGlossaryEntry(r, "研二"))).toEqual([{ abbr: "PMO", full: "项目管理办公室" }]);
    expect(readGlossary({ ...emptyRecord(), glossary: [{ abbr: 3 }, "x", { abbr: "A" }] })).toEqual([{ abbr: "A", full: "" }]);
  });

  it("finds abbreviations in a line, Latin ones as whole words", () => {
    const g = [
      { abbr: "研二", full: "第二研发中心" },
      { abbr: "PM", full: "项目经理" },
    ];
    expect(abbreviationsIn("研二下周给出方案", g).map((e) => e.abbr)).toEqual(["研二"]);
    expect(abbreviationsIn("由PM跟进", g).map((e) => e.abbr)).toEqual(["PM"]);
    expect(abbreviationsIn("PMO 牵头", g)).toEqual([]);
    expect(abbreviationHint("无简称", g)).toBeNull();
    const hint = abbreviationHint("研二和PM确认", g);
    expect(hint?.zh).toBe("含内部简称：「研二」应说「第二研发中心」，「PM」应说「项目经理」。对外沟通请使用全称，避免对方误解。");
    expect(hint?.en).toContain('"PM" → "项目经理"');
  });
});
