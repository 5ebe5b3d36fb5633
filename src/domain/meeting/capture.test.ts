import { describe, expect, it } from "vitest";
import { emptyRecord, type CcrRecord } from "../record/record";
import {
  CAPTURE_FIELDS,
  CAPTURE_LABELS,
  CAPTURE_SHORTCUTS,
  CAPTURE_TYPES,
  captureIndex,
  captureLine,
  captureTypeForKey,
  capturesOfItem,
  updateAction,
} from "./capture";
import { emptyMeeting, readMeeting, withMeeting } from "./state";
import { nextItem, startMeeting } from "./timer";
import { markActionReadBack } from "./readback";
import { parseIsoDate as isoDay } from "../calendar/iso-date";

const T0 = Date.UTC(2026, 5, 8, 6, 0);

function running(): CcrRecord {
  return withMeeting({ ...emptyRecord(), date: isoDay("2026-06-08") }, startMeeting(emptyMeeting(), T0));
}

describe("quick capture", () => {
  it("puts a line of each type into its own list of the record", () => {
    let record = running();
    for (const type of CAPTURE_TYPES) {
      const r = captureLine(record, type, ` ${CAPTURE_LABELS[type].zh}的一行 `, T0);
      expect(r).not.toBeNull();
      record = r!.record;
    }
    expect(record.demands).toEqual(["诉求/关注点的一行"]);
    expect(record.disputes).toEqual(["争议点的一行"]);
    expect(record.responses).toEqual(["我方回应/承诺的一行"]);
    expect(record.consensus).toEqual(["共识的一行"]);
    expect(record.openIssues).toEqual([{ text: "待明确分歧的一行", nextStep: "" }]);
    expect(record.actions).toHaveLength(1);
    expect(record.actions[0]).toMatchObject({ task: "待办的一行", owner: "", deadline: "", deliverable: "", status: "todo" });
  });

  it("never changes the record it was given", () => {
    const record = running();
    const before = JSON.stringify(record);
    captureLine(record, "consensus", "上市时间顺延一周", T0);
    expect(JSON.stringify(record)).toBe(before);
  });

  it("ignores a blank line", () => {
    expect(captureLine(running(), "demand", "   ", T0)).toBeNull();
  });

  it("attaches each capture to the agenda item that is current", () => {
    let record = running();
    record = captureLine(record, "demand", "希望保持原上市时间", T0 + 60_000)!.record;
    record = withMeeting(record, nextItem(readMeeting(record), 3, T0 + 120_000));
    const r = captureLine(record, "action", "提交物料需求清单", T0 + 180_000, { owner: "李娜", deadline: "本周五" });
    record = r!.record;
    expect(r!.capture).toEqual({ type: "action", ref: 0, text: "提交物料需求清单", item: 1, at: new Date(T0 + 180_000).toISOString() });
    expect(record.actions[0].owner).toBe("李娜");
    expect(record.actions[0].deadline).toBe("本周五");
    expect(capturesOfItem(record, 0).map((c) => c.text)).toEqual(["希望保持原上市时间"]);
    expect(capturesOfItem(record, 1).map((c) => c.type)).toEqual(["action"]);
  });

  it("marks captures made before the meeting started as belonging to no item", () => {
    const r = captureLine(emptyRecord(), "consensus", "先行确认", T0);
    expect(r!.capture.item).toBe(-1);
  });

  it("appends after what the record already holds and finds the entry again after edits", () => {
    let record: CcrRecord = { ...running(), consensus: ["已有共识"] };
    const r = captureLine(record, "consensus", "新的共识", T0)!;
    expect(r.capture.ref).toBe(1);
    record = { ...r.record, consensus: ["新的共识"] };
    expect(captureIndex(record, r.capture)).toBe(0);
    expect(captureIndex({ ...record, consensus: [] }, r.capture)).toBe(-1);
  });

  it("follows a captured line edited in the record (a typo fixed), but not onto another capture's line", () => {
    let record = running();
    const first = captureLine(record, "consensus", "研发完成时间调正为6月24日", T0)!;
    const second = captureLine(first.record, "consensus", "上市时间顺延一周", T0 + 1000)!;
    record = { ...second.record, consensus: ["研发完成时间调整为6月24日", "上市时间顺延一周"] };
    expect(captureIndex(record, first.capture)).toBe(0);
    expect(captureIndex(record, second.capture)).toBe(1);
    // The first line deleted: the second moved up; the first is gone, not the second's line.
    record = { ...record, consensus: ["上市时间顺延一周"] };
    expect(captureIndex(record, second.capture)).toBe(0);
    expect(captureIndex(record, first.capture)).toBe(-1);
  });

  it("updates the inline fields of a captured 待办", () => {
    const record = captureLine(running(), "action", "提交物料需求清单", T0)!.record;
    const after = updateAction(record, 0, { owner: "李娜", deliverable: "书面清单" });
    expect(after.actions[0]).toMatchObject({ task: "提交物料需求清单", owner: "李娜", deliverable: "书面清单" });
    expect(record.actions[0].owner).toBe("");
    expect(updateAction(record, 5, { owner: "x" })).toBe(record);
  });

  it("drops 已复述确认 when what was read back changes, not for other fields", () => {
    const record = captureLine(running(), "action", "提交物料需求清单", T0, { owner: "李娜" })!.record;
    const marked = markActionReadBack(record, 0, isoDay("2026-06-08"));
    expect(updateAction(marked, 0, { status: "doing" }).actions[0].readBackOn).toBe(isoDay("2026-06-08"));
    expect(updateAction(marked, 0, { owner: "李娜" }).actions[0].readBackOn).toBe(isoDay("2026-06-08"));
    expect(updateAction(marked, 0, { deadline: "本周五" }).actions[0].readBackOn).toBeUndefined();
  });

  it("has one Alt shortcut per type and maps keys back to types", () => {
    const keys = CAPTURE_TYPES.map((t) => CAPTURE_SHORTCUTS[t].key);
    expect(new Set(keys).size).toBe(CAPTURE_TYPES.length);
    for (const t of CAPTURE_TYPES) {
      expect(captureTypeForKey(CAPTURE_SHORTCUTS[t].key)).toBe(t);
      expect(CAPTURE_FIELDS[t] in emptyRecord()).toBe(true);
    }
    expect(captureTypeForKey("Digit6")).toBe("action");
    expect(captureTypeForKey("Numpad2")).toBe("dispute");
    expect(captureTypeForKey("x")).toBeNull();
  });
});
