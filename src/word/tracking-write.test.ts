// Tracking edits made in the 待办 tab (status, progress notes) reach the record table in Word in one
// batch: the changed paths go to writeRecord, which writes only those controls (≤ 2 syncs).
import { describe, expect, it } from "vitest";
import { changedPaths } from "../domain/record/record-path";
import { addProgressNote, setActionStatus } from "../domain/tracking/tracking";
import { example, setup } from "../../test/support/word-setup";
import { tableValues } from "../../test/fake-word";

describe("tracking edits written to Word", () => {
  it("writes status changes of several items and a progress note in at most 2 syncs", async () => {
    const { host, doc } = setup();
    const inserted = await doc.insertRecordTemplate(example("project-delay.json"));
    let next = setActionStatus(inserted, 0, "done");
    next = setActionStatus(next, 2, "doing");
    next = addProgressNote(next, 1, { date: "2026-06-10", note: "已收集80%" });
    const paths = changedPaths(inserted, next);
    expect(paths).toEqual(["actions[0].status", "actions[1].progress", "actions[2].status"]);
    const before = host.syncCount;
    await doc.writeRecord(next, paths);
    expect(host.syncCount - before).toBeLessThanOrEqual(2);
    const actionTable = tableValues(host.tables()[2]);
    const statusColumn = actionTable[0].indexOf("状态");
    expect(actionTable.slice(1).map((row) => row[statusColumn])).toEqual(["已完成", "未开始", "进行中"]);
    const read = await doc.readRecord(inserted.id!);
    expect(read.record.actions.map((a) => a.status)).toEqual(["done", "todo", "doing"]);
    expect(read.record.actions[1].progress).toEqual([{ date: "2026-06-10", note: "已收集80%" }]);
  });
});
