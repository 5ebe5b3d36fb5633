// Validation time for records with 10, 100 and 1,000 action items (median of repeated runs).

import { emptyRecord, type ActionItem, type CcrRecord } from "../src/domain/record/record";
import { validateRecord } from "../src/domain/checks/validate";
import { figure, medianMs } from "./framework";

const DEADLINES = ["2026-06-12", "2026年6月12日前", "6月12日17:00前", "本周五", "3个工作日内", "两周内", "月底", "尽快", "2026-02-30", "2026-06-01"];
const OWNERS = ["李娜", "张伟", "相关部门", "王强"];
const DELIVERABLES = ["输出书面物料需求清单,抄送技术部负责人", "按要求落实", "环境可用并通过冒烟测试"];

/** A realistic record: varied deadline forms, some vague owners and deliverables, cross-department items. */
export function benchRecord(actionCount: number): CcrRecord {
  const record = emptyRecord();
  Object.assign(record, {
    topic: "项目研发阶段延期协调会",
    goal: "确认研发阶段完成时间及需生产部配合的物料需求",
    date: "2026-06-08",
    start: "14:00",
    end: "14:30",
    place: "公司3号会议室",
    kind: "internal",
    lead: { name: "张伟", staffNo: "A1023", contact: "13800001023", dept: "技术部" },
    participants: [
      { name: "李娜", side: "internal", dept: "生产部" },
      { name: "王强", side: "external", unit: "某供应商", title: "销售经理" },
    ],
    background: "因技术难点攻克延迟,研发阶段原定6月10日完成,现需调整计划",
    discussionPoints: ["延期具体时长"],
    consensus: ["研发阶段完成时间调整为6月24日"],
    sentOn: "2026-06-11",
  });
  record.actions = Array.from(
    { length: actionCount },
    (_, i): ActionItem => ({
      task: `事项${i + 1}`,
      owner: OWNERS[i % OWNERS.length],
      ownerDept: i % 3 === 0 ? "生产部" : "技术部",
      deadline: DEADLINES[i % DEADLINES.length],
      deliverable: DELIVERABLES[i % DELIVERABLES.length],
      cc: i % 2 === 0 ? ["技术部负责人", "生产部负责人"] : [],
      status: "todo",
      progress: [],
    }),
  );
  return record;
}

for (const n of [10, 100, 1000]) {
  const record = benchRecord(n);
  figure(`validate.${n}.ms`, "ms", () => medianMs(() => validateRecord(record, { today: "2026-11-25" })));
}

// A hostile record: every text of one action item at the reader's limit (500,000 characters). The checks'
// patterns must stay linear in the text's length (a backtracking owner pattern once made this minutes long).
for (const n of [100_000, 400_000]) {
  const record = benchRecord(1);
  Object.assign(record.actions[0], { owner: "张".repeat(n), task: "李".repeat(n), deliverable: "王".repeat(n), deadline: "6".repeat(n) });
  figure(`validate.long-text.${n / 1000}k.ms`, "ms", () => medianMs(() => validateRecord(record, { today: "2026-11-25" })));
}
