import { describe, expect, it } from "vitest";
import {
  addChecklistItem,
  checklistProgress,
  complexityOf,
  defaultChecklist,
  isMajorOrComplex,
  preparationOf,
  readPreparation,
  recommendChannel,
  removeChecklistItem,
  setChecklistDone,
  updateChecklistItem,
  withPreparation,
} from "./preparation";
import { emptyRecord, parseRecord, serialiseRecord } from "../record/record";

describe("channel recommendation (record-template §4)", () => {
  it("simple information sync: e-mail or IM, no agenda needed", () => {
    const advice = recommendChannel("sync");
    expect(advice.channels).toEqual(["email", "im"]);
    expect(advice.agendaInAdvance).toBe(false);
  });
  it("problem solving and resource requests are complex: video or in person with the agenda in advance", () => {
    for (const goal of ["solve", "resource"] as const) {
      const advice = recommendChannel(goal);
      expect(advice.channels).toEqual(["onsite", "video"]);
      expect(advice.agendaInAdvance).toBe(true);
      expect(advice.reason.zh).toContain("提前发送会议议程");
    }
  });
  it("important confirmation: formal letter and formal minutes", () => {
    const advice = recommendChannel("decision");
    expect(advice.channels[0]).toBe("letter");
    expect(advice.formalMinutes).toBe(true);
  });
  it("the chosen complexity overrides the goal type", () => {
    expect(recommendChannel("sync", "complex").channels).toEqual(["onsite", "video"]);
    expect(recommendChannel("solve", "simple").channels).toEqual(["email", "im"]);
  });
});

describe("preparation checklist", () => {
  it("holds the guide's items for resource coordination", () => {
    const texts = defaultChecklist({ ...emptyRecord(), scenario: "resource", goalType: "resource" }).map((c) => c.text);
    expect(texts).toContain("梳理现有资源缺口（人力、预算、设备）");
    expect(texts).toContain("准备替代方案");
    expect(texts).toContain("明确优先级");
    expect(texts).toContain("预判对方关注点与异议，准备回应口径");
    expect(texts).toContain("提前发送会议议程，预留准备时间");
  });
  it("holds time, impact and measures tried for problems, and no agenda item for a simple sync", () => {
    const texts = defaultChecklist({ ...emptyRecord(), scenario: "conflict", goalType: "sync" }).map((c) => c.text);
    expect(texts.some((t) => t.includes("时间、影响范围及已尝试的解决措施"))).toBe(true);
    expect(texts.some((t) => t.includes("议程"))).toBe(false);
  });
  it("is in English for an English record", () => {
    expect(defaultChecklist({ ...emptyRecord(), lang: "en", scenario: "external" })[0].text).toMatch(/^State the goal/);
  });
  it("is edited: done, add, rename, remove", () => {
    let prep = preparationOf({ ...emptyRecord(), scenario: "project" });
    const n = prep.checklist.length;
    prep = setChecklistDone(prep, 0, true);
    prep = addChecklistItem(prep, "准备样品");
    prep = updateChecklistItem(prep, n, "准备两件样品");
    expect(checklistProgress(prep)).toEqual({ done: 1, total: n + 1 });
    expect(prep.checklist[n]).toEqual({ text: "准备两件样品", done: false });
    prep = removeChecklistItem(prep, 0);
    expect(checklistProgress(prep)).toEqual({ done: 0, total: n });
  });
  it("is kept in the record and read back, damaged values normalised", () => {
    const prep = { complexity: "major" as const, checklist: [{ text: "a", done: true }] };
    const parsed = parseRecord(serialiseRecord(withPreparation(emptyRecord(), prep)));
    expect(parsed.ok && readPreparation(parsed.record)).toEqual(prep);
    expect(readPreparation({ ...emptyRecord(), preparation: { complexity: "x", checklist: [{ text: 1, done: "yes" }, 2] } })).toEqual({
      complexity: "",
      checklist: [{ text: "", done: false }],
    });
  });
});

describe("complexity", () => {
  it("derives from the goal type until the user chooses", () => {
    expect(complexityOf({ ...emptyRecord(), goalType: "sync" })).toBe("simple");
    expect(complexityOf({ ...emptyRecord(), goalType: "solve" })).toBe("complex");
    const chosen = withPreparation({ ...emptyRecord(), goalType: "solve" }, { complexity: "simple", checklist: [] });
    expect(complexityOf(chosen)).toBe("simple");
    expect(isMajorOrComplex(chosen)).toBe(false);
    expect(isMajorOrComplex({ ...emptyRecord(), goalType: "decision" })).toBe(true);
  });
});

describe("scenario choices carry over", () => {
  it("外部单位对接 makes the meeting external, the others internal, unless the user chose the type", async () => {
    const { chooseKind, chooseScenario } = await import("./preparation");
    const fresh = { ...emptyRecord(), kind: "internal" as const };
    expect(chooseScenario(fresh, "external").kind).toBe("external");
    expect(chooseScenario(chooseScenario(fresh, "external"), "project").kind).toBe("internal");
    // The user's explicit choice wins over any scenario chosen afterwards.
    const chosen = chooseKind(fresh, "internal");
    expect(chooseScenario(chosen, "external").kind).toBe("internal");
    expect(chooseScenario(chooseKind(fresh, "external"), "progress").kind).toBe("external");
    // Recording the choice leaves the scenario's default checklist in place.
    expect(preparationOf(chooseScenario(chosen, "external")).checklist).toEqual(preparationOf({ ...fresh, scenario: "external" }).checklist);
  });

  it("offers the conflict comparison in conflict and resource meetings, not in a supplier meeting", async () => {
    const { offersConflictComparison } = await import("./conflict");
    expect(offersConflictComparison({ ...emptyRecord(), scenario: "external" })).toBe(false);
    expect(offersConflictComparison({ ...emptyRecord(), scenario: "progress" })).toBe(false);
    expect(offersConflictComparison({ ...emptyRecord(), scenario: "conflict" })).toBe(true);
    expect(offersConflictComparison({ ...emptyRecord(), scenario: "" })).toBe(true);
  });
});
