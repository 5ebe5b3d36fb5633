// Records the export tests share (no node: imports: the examples are read by the tests).
import { emptyAction, emptyRecord, type CcrRecord } from "../../src/domain/record/record";

/** A record with n generated action items, the shape the benchmarks use too. */
export function recordWithActions(n: number, base: CcrRecord = sampleRecord()): CcrRecord {
  const owners = ["李娜", "周强", "吴敏", "张伟"];
  const depts = ["生产部", "市场部", "技术部", "采购部"];
  const actions = Array.from({ length: n }, (_, i) => ({
    ...emptyAction(),
    task: `事项${i + 1}:提交第${i + 1}批物料需求清单并确认到货安排`,
    owner: owners[i % 4],
    ownerDept: depts[i % 4],
    deadline: i % 3 === 0 ? `2026-07-${String((i % 28) + 1).padStart(2, "0")}` : `7月${(i % 28) + 1}日17:00前`,
    deliverable: "输出书面清单(型号、数量、到货日期),抄送技术部负责人",
    cc: ["技术部负责人", `${depts[i % 4]}负责人`],
    status: (["todo", "doing", "done"] as const)[i % 3],
  }));
  return { ...base, actions };
}

export function sampleRecord(): CcrRecord {
  return {
    ...emptyRecord(),
    id: "rec-test-1",
    topic: "项目研发阶段延期协调会",
    goalType: "solve",
    goal: "确认研发阶段完成时间及需生产部配合的物料需求",
    scenario: "project",
    date: "2026-06-08",
    start: "14:00",
    end: "14:30",
    place: "公司3号会议室",
    channel: "onsite",
    kind: "internal",
    lead: { name: "张伟", staffNo: "A1023", contact: "13800001023", dept: "技术部" },
    participants: [
      { name: "李娜", side: "internal", dept: "生产部" },
      { name: "周强", side: "internal", dept: "市场部" },
    ],
    recorder: "陈静",
    background: "因技术难点攻克延迟,研发阶段原定6月10日完成,现需调整计划",
    discussionPoints: ["延期具体时长", "生产部物料准备安排"],
    consensus: ["研发阶段完成时间调整为6月24日"],
    openIssues: [{ text: "试产批次数量", nextStep: "6月15日前由生产部提出方案" }],
    sentOn: "2026-06-09",
    objectionBy: "2026-06-11",
    confirmations: [{ name: "李娜", confirmed: true, date: "2026-06-10", remark: "" }],
  };
}
