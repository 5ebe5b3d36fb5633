import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultAgenda, updateAgendaItem } from "./agenda";
import { agendaFacts, agendaRows, agendaText, meetingWhen } from "./agenda-text";
import { parseRecord, type CcrRecord } from "../record/record";
import { EXAMPLES_DIR } from "../../../test/support/records";

const EXAMPLES = EXAMPLES_DIR;

function example(name: string): CcrRecord {
  const result = parseRecord(readFileSync(join(EXAMPLES, name), "utf8"));
  if (!result.ok) throw new Error(name);
  return result.record;
}

describe("agenda facts", () => {
  it("names time with duration, place, channel, lead, participants and goal", () => {
    const r = example("supplier-delivery.json");
    const facts = Object.fromEntries(agendaFacts(r));
    expect(facts["沟通时间"]).toBe("2026年7月2日 10:00至11:30（90分钟）");
    expect(facts["沟通地点/方式"]).toBe("腾讯会议");
    expect(facts["沟通方式"]).toBe("视频会议");
    expect(facts["主导人"]).toBe("刘洋（采购部）");
    expect(facts["参与人员"]).toContain("王强（苏州某精密部件有限公司 销售经理）");
    expect(meetingWhen(r, "en")).toBe("2 July 2026, 10:00–11:30 (90 min)");
  });

  it("leaves out empty facts", () => {
    const r = { ...example("project-delay.json"), goal: "", place: "" };
    expect(agendaFacts(r).map(([k]) => k)).not.toContain("沟通目标");
    expect(agendaFacts(r).map(([k]) => k)).not.toContain("沟通地点/方式");
  });
});

describe("agenda text", () => {
  const r = example("project-delay.json");
  const agenda = updateAgendaItem(defaultAgenda(r), 0, { title: "延期情况", presenter: "技术部" });

  it("is an IM notice with the facts, numbered items, materials and the opening statement", () => {
    const text = agendaText(r, agenda);
    const lines = text.split("\n");
    expect(lines[0]).toBe("【会议通知】项目研发阶段延期协调会");
    expect(lines[1]).toBe("各位好，现将会议议程发送如下，请提前阅读材料、做好准备。");
    expect(text).toContain("沟通时间：2026年6月8日 14:00至14:30（30分钟）");
    expect(text).toContain("议程安排：\n1. 延期情况（技术部，8分钟）\n2. 各部门职责及配合需求（各部门负责人，8分钟）");
    expect(text).toContain("4. 确认责任人、完成时限及交付标准（张伟，5分钟）");
    expect(text).toContain("会前阅读材料：\n· 项目计划及当前进度表");
    expect(text).toContain("开场说明：各位好，今天召开项目研发阶段延期协调会，预计30分钟，先请技术部说明延期情况");
  });

  it("is an e-mail with subject, salutation and signature", () => {
    const text = agendaText(r, agenda, { style: "email", date: "2026-06-05" });
    expect(text.split("\n")[0]).toBe("主题：【会议通知】项目研发阶段延期协调会");
    expect(text).toContain("各位同事，您好：");
    expect(text.trimEnd().split("\n").slice(-2)).toEqual(["张伟", "2026年6月5日"]);
  });

  it("is in English on request", () => {
    const text = agendaText(r, defaultAgenda({ ...r, lang: "en" }), { lang: "en" });
    expect(text).toContain("Agenda items:\n1. The project's progress and open problems (张伟, 8 min)");
    expect(agendaRows(defaultAgenda(r), "en")[3]).toEqual(["4", "确认责任人、完成时限及交付标准", "张伟", "5 min"]);
  });
});
