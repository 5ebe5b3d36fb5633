import { describe, expect, it } from "vitest";
import { emptyRecord } from "../record/record";
import {
  addCriterion,
  addOption,
  contribution,
  criterionLabel,
  insertComparison,
  leadingOption,
  newComparison,
  readConflicts,
  removeCriterion,
  removeOption,
  renderComparison,
  setScore,
  totals,
  updateCriterion,
  withConflicts,
  type ConflictComparison,
} from "./conflict";

/** 优先保障A项目还是B项目资源: A is urgent, affects the client, and its resources are hard to replace. */
function abProjects(): ConflictComparison {
  let c = newComparison("测试环境优先保障", ["A项目", "B项目"]);
  c = setScore(c, 0, 0, 5); // 紧急性
  c = setScore(c, 0, 1, 3);
  c = setScore(c, 1, 0, 4); // 客户影响度
  c = setScore(c, 1, 1, 4);
  c = setScore(c, 2, 0, 2); // 资源替代可能性: A's resources are hard to replace
  c = setScore(c, 2, 1, 4);
  return c;
}

describe("conflict comparison", () => {
  it("starts with the guide's three criteria as rows and the options as columns", () => {
    const c = newComparison("", ["A", "B"]);
    expect(c.criteria.map((k) => criterionLabel(k, "zh"))).toEqual(["紧急性", "客户影响度", "资源替代可能性"]);
    expect(c.criteria.map((k) => criterionLabel(k, "en"))).toEqual(["Urgency", "Customer impact", "Resource substitutability"]);
    expect(c.scores).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it("adds the scores, mirroring those of an inverse criterion", () => {
    const c = abProjects();
    // A: 5 + 4 + (6-2) = 13; B: 3 + 4 + (6-4) = 9
    expect(totals(c)).toEqual([13, 9]);
    expect(leadingOption(c)).toBe(0);
    expect(contribution(c.criteria[2], 1)).toBe(5);
    expect(contribution(c.criteria[0], 1)).toBe(1);
  });

  it("weights the criteria", () => {
    const c = updateCriterion(abProjects(), 1, { weight: 3 });
    expect(totals(c)).toEqual([21, 17]);
    const heavyUrgency = updateCriterion(setScore(abProjects(), 0, 1, 5), 0, { weight: 0 });
    expect(totals(heavyUrgency)).toEqual([8, 6]);
  });

  it("takes user-defined criteria and options", () => {
    let c = addCriterion(abProjects(), "合同违约风险", 2);
    c = setScore(c, 3, 1, 5);
    expect(criterionLabel(c.criteria[3], "en")).toBe("合同违约风险");
    expect(totals(c)).toEqual([13, 19]);
    expect(leadingOption(c)).toBe(1);
    c = addOption(c, "外包");
    expect(c.scores.every((row) => row.length === 3)).toBe(true);
    c = removeOption(c, 0);
    expect(c.options).toEqual(["B项目", "外包"]);
    expect(totals(c)).toEqual([19, 0]);
    c = removeCriterion(c, 3);
    expect(totals(c)).toEqual([9, 0]);
  });

  it("clamps scores to 1–5 and reports a tie as no leader", () => {
    let c = setScore(newComparison("", ["A", "B"]), 0, 0, 9);
    expect(c.scores[0][0]).toBe(5);
    c = setScore(c, 0, 1, 5);
    expect(leadingOption(c)).toBeNull();
    expect(leadingOption(newComparison())).toBeNull();
  });

  it("renders one line for 争议点 in both languages", () => {
    const zh = renderComparison(abProjects(), "zh");
    expect(zh).toBe(
      "冲突比较（测试环境优先保障）：紧急性 A项目 5 / B项目 3；客户影响度 A项目 4 / B项目 4；资源替代可能性（越高越不需优先） A项目 2 / B项目 4；加权合计 A项目 13 / B项目 9，A项目优先。",
    );
    const en = renderComparison(abProjects(), "en");
    expect(en).toContain("Urgency: A项目 5 / B项目 3");
    expect(en).toContain("weighted totals A项目 13 / B项目 9: A项目 first.");
    expect(renderComparison(newComparison("", ["", ""]), "zh")).toContain("方案1 – / 方案2 –");
  });

  it("inserts under 争议点 and replaces its own line when inserted again", () => {
    const record = { ...emptyRecord(), disputes: ["市场部希望保持原上市时间"] };
    const first = insertComparison(record, abProjects(), "zh");
    expect(first.record.disputes).toHaveLength(2);
    expect(first.record.disputes[1]).toContain("A项目优先");
    expect(first.comparison.disputeRef).toBe(1);
    const changed = setScore(first.comparison, 0, 1, 5);
    const second = insertComparison(first.record, setScore(setScore(changed, 2, 1, 1), 2, 0, 5), "zh");
    expect(second.record.disputes).toHaveLength(2);
    expect(second.record.disputes[1]).toContain("B项目优先");
    expect(record.disputes).toHaveLength(1);
  });

  it("keeps comparisons in the record and reads malformed ones safely", () => {
    const record = withConflicts(emptyRecord(), [abProjects()]);
    expect(readConflicts(JSON.parse(JSON.stringify(record)))).toEqual([abProjects()]);
    expect(readConflicts({ ...emptyRecord(), conflicts: "x" })).toEqual([]);
    const odd = readConflicts({ ...emptyRecord(), conflicts: [{ options: ["A", 3], criteria: [{ label: "x", weight: -1 }], scores: [[7, 2]] }] });
    expect(odd).toEqual([{ subject: "", options: ["A", ""], criteria: [{ label: "x", weight: 1, inverse: false }], scores: [[0, 2]], disputeRef: -1 }]);
  });
});
