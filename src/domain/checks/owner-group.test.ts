import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf, withAction } from "../../../test/support/records";

const flagged = (owner: string) => findingsOf(withAction({ owner }), "owner.group");

describe("rule 5: one person or one named role per item", () => {
  it("passes one named person or one named role", () => {
    expect(findingsOf(completeRecord(), "owner.group")).toEqual([]);
    for (const owner of ["Li Na", "李娜", "王和平", "李娜（生产部）", "生产部负责人", "王经理", "王强(某供应商)", "项目负责人"]) {
      expect(flagged(owner), owner).toEqual([]);
    }
  });

  it("warns on groups, departments and several people", () => {
    for (const owner of ["相关部门", "各部门", "大家", "全体成员", "待定", "生产部", "李娜、张伟", "everyone"]) {
      expect(flagged(owner).map((f) => [f.path, f.severity]), owner).toEqual([["actions[0].owner", "warning"]]);
    }
  });

  it("treats every way of naming several people alike, and 全员, 待确认, a bare role and a party (issue 18)", () => {
    const cases: [string, string][] = [
      ["全员", "不是具体的人"],
      ["张三等", "是多个人"],
      ["张三 李四", "是多个人"],
      ["张三和李四", "是多个人"],
      ["张三、李四", "是多个人"],
      ["Li Na and Wang Qiang", "是多个人"],
      ["待确认", "还没有指定负责人"],
      ["部门负责人", "没有说明是哪个部门的负责人"],
      ["对方", "是一方单位"],
      ["供应商", "是一方单位"],
      ["甲方", "是一方单位"],
      ["某科技有限公司", "是部门、团队或单位"],
    ];
    for (const [owner, why] of cases) {
      const [f] = flagged(owner);
      expect(f?.message.zh, owner).toContain(why);
      expect(f?.message.en, owner).toMatch(/Name one person/);
    }
  });
});
