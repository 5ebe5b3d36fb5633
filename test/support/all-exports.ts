// Every .docx the product writes, in zh and in en, for the checks that must hold for all of them
// (test/all-exports.test.ts). Add a new export here and it is checked.
import { parseIsoDate } from "../../src/domain/calendar/iso-date";
import { defaultAgenda } from "../../src/domain/meeting/agenda";
import { emptyRecord, type CcrRecord, type Lang } from "../../src/domain/record/record";
import { addProgressNote, setActionStatus } from "../../src/domain/tracking/tracking";
import { exportActionsDocx } from "../../src/export/actions-docx";
import { exportAgendaDocx } from "../../src/export/agenda-docx";
import { exportMinutesDocx } from "../../src/export/minutes-docx";
import { exportRecordDocx } from "../../src/export/record-docx";
import { updateRecordDocx } from "../../src/export/tracker/update-record-docx";
import { exportWeeklyDocx } from "../../src/export/weekly-docx";
import { sampleRecord } from "./export-records";

export interface ExportedDocx {
  name: string;
  lang: Lang;
  bytes: Uint8Array;
}

/** The sample record with items in every state; the only ISO date a user typed is a deadline, which documents show as a date. */
export function allExportsRecord(lang: Lang): CcrRecord {
  const base: CcrRecord = {
    ...sampleRecord(),
    lang,
    actions: [
      { task: "提交物料需求清单", owner: "李娜", ownerDept: "生产部", deadline: "6月12日17:00前", deliverable: "书面清单", cc: ["技术部负责人"], status: "todo", progress: [] },
      { task: "确认研发完成时间", owner: "张伟", ownerDept: "技术部", deadline: "6月24日", deliverable: "计划表", cc: [], status: "doing", progress: [] },
      { task: "通知市场部调整发布", owner: "周强", ownerDept: "市场部", deadline: "下周五前", deliverable: "调整说明", cc: [], status: "todo", progress: [] },
      // Typed as an ISO date (a pasted spreadsheet cell): documents show it in the document's date style.
      { task: "更新项目计划", owner: "张伟", ownerDept: "技术部", deadline: "2026-06-30", deliverable: "项目计划", cc: [], status: "todo", progress: [] },
    ],
  };
  return setActionStatus(addProgressNote(base, 1, { date: "2026-06-10", note: "已完成初稿" }), 2, "done");
}

export async function allExports(): Promise<ExportedDocx[]> {
  const today = parseIsoDate("2026-06-15");
  const out: ExportedDocx[] = [];
  for (const lang of ["zh", "en"] as const) {
    const record = allExportsRecord(lang);
    const form = exportRecordDocx(record);
    const changed = addProgressNote(record, 0, { date: "2026-06-11", note: "已提交" });
    const tracked = updateRecordDocx(form, [{ ...changed, id: record.id }]);
    if (!tracked.ok) throw new Error(tracked.error.en);
    out.push(
      { name: "record", lang, bytes: form },
      // An empty form shows every field's hint.
      { name: "record-empty", lang, bytes: exportRecordDocx({ ...emptyRecord(), lang }) },
      { name: "actions", lang, bytes: await exportActionsDocx(record, { today }) },
      { name: "minutes-enterprise", lang, bytes: await exportMinutesDocx(record, { today, layout: "enterprise" }) },
      { name: "minutes-gongwen", lang, bytes: await exportMinutesDocx(record, { today, layout: "gongwen" }) },
      { name: "agenda", lang, bytes: await exportAgendaDocx(record, defaultAgenda(record)) },
      { name: "weekly", lang, bytes: await exportWeeklyDocx(record, { today }) },
      { name: "tracker-updated-record", lang, bytes: tracked.bytes },
    );
  }
  return out;
}
