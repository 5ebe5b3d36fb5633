import { describe, expect, it } from "vitest";
import { normaliseChinesePunctuation, withChinesePunctuation } from "./punctuation";
import { emptyAction, emptyRecord } from "./record";

describe("normaliseChinesePunctuation", () => {
  it("makes marks next to Chinese text full-width and drops the spaces around them", () => {
    expect(normaliseChinesePunctuation("因技术难点攻克延迟, 研发阶段原定6月10日完成;现需调整:计划?")).toBe("因技术难点攻克延迟，研发阶段原定6月10日完成；现需调整：计划？");
    expect(normaliseChinesePunctuation("输出书面研发计划(含里程碑),抄送生产部")).toBe("输出书面研发计划（含里程碑），抄送生产部");
  });

  it("leaves times, numbers, addresses and Latin text alone", () => {
    for (const text of ["14:00", "1,000 units", "see https://example.com", "Track Changes (TC): on", "V2.0 (beta)"]) {
      expect(normaliseChinesePunctuation(text)).toBe(text);
    }
    expect(normaliseChinesePunctuation("6月12日17:00前")).toBe("6月12日17:00前");
  });

  it("normalises the free text of a record and keeps names, dates and deadlines as typed", () => {
    const r = {
      ...emptyRecord(),
      topic: "延期协调会(第二次)",
      date: "2026-06-08",
      actions: [{ ...emptyAction(), task: "提交清单,确认到货", owner: "李娜(生产部)", deadline: "6月12日17:00前" }],
    };
    const n = withChinesePunctuation(r);
    expect(n.topic).toBe("延期协调会（第二次）");
    expect(n.actions[0].task).toBe("提交清单，确认到货");
    expect(n.actions[0].owner).toBe("李娜(生产部)");
    expect(n.actions[0].deadline).toBe("6月12日17:00前");
    expect(n.date).toBe("2026-06-08");
  });
});
