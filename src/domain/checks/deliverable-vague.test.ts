import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf, withAction } from "../../../test/support/records";

const vague = (deliverable: string) => findingsOf(withAction({ deliverable }), "deliverable.vague");

describe("rule 4: vague deliverable", () => {
  it("passes a concrete output", () => {
    expect(findingsOf(completeRecord(), "deliverable.vague")).toEqual([]);
    for (const deliverable of ["落实并输出书面报告", "提交预算申请材料", "提交相关技术资料及测试报告", "签署补充协议", "完成3份样品检测", "设备到位并调试完毕", "a written report to both heads"]) {
      expect(vague(deliverable), deliverable).toEqual([]);
    }
  });

  it("warns on 按要求落实, 做好, 跟进 and the like", () => {
    for (const deliverable of ["按要求落实", "做好对接", "持续跟进", "尽量处理", "follow up"]) {
      expect(vague(deliverable).map((f) => [f.path, f.severity]), deliverable).toEqual([["actions[0].deliverable", "warning"]]);
    }
  });

  it("warns on a verb without an output, a vaguely qualified noun and a hedge (issue 18)", () => {
    const cases: [string, string][] = [
      ["按要求提交", "按要求"],
      ["尽量提交", "尽量"],
      ["尽量提交书面报告", "尽量"],
      ["相关材料", "相关材料"],
      ["相关资料", "相关资料"],
      ["相关文件", "相关文件"],
      ["提交材料", "提交材料"],
      ["6月30日前完成", "完成"],
    ];
    for (const [deliverable, word] of cases) {
      const [f, ...rest] = vague(deliverable);
      expect(rest, deliverable).toEqual([]);
      expect(f?.message.zh, deliverable).toContain(`（“${word}”）`);
      expect(f?.message.en, deliverable).toContain(`("${word}")`);
    }
  });
});
