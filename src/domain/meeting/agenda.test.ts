import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  addAgendaItem,
  agendaNotices,
  agendaOf,
  defaultAgenda,
  fitMinutes,
  generateOpening,
  minuteBalance,
  minutesBetween,
  moveAgendaItem,
  openingStatement,
  readAgenda,
  removeAgendaItem,
  totalMinutes,
  updateAgendaItem,
  withAgenda,
} from "./agenda";
import { emptyRecord, parseRecord, SCENARIOS, serialiseRecord, type CcrRecord } from "../record/record";
import { EXAMPLES_DIR } from "../../../test/support/records";

const EXAMPLES = EXAMPLES_DIR;

function example(name: string): CcrRecord {
  const result = parseRecord(readFileSync(join(EXAMPLES, name), "utf8"));
  if (!result.ok) throw new Error(name);
  return result.record;
}

function meeting(start: string, end: string, extra: Partial<CcrRecord> = {}): CcrRecord {
  return { ...emptyRecord(), topic: "项目延期原因及后续计划", date: "2026-06-08", start, end, ...extra };
}

describe("default agendas", () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario}: items add up to the meeting's 30, 45 and 90 minutes and end with the closing item`, () => {
      for (const [start, end, minutes] of [
        ["14:00", "14:30", 30],
        ["09:00", "09:45", 45],
        ["10:00", "11:30", 90],
      ] as const) {
        const agenda = defaultAgenda(meeting(start, end, { scenario }));
        expect(totalMinutes(agenda)).toBe(minutes);
        expect(agenda.items.at(-1)?.closing).toBe(true);
        expect(agenda.items.at(-1)?.title).toMatch(/责任人.*完成时限.*交付标准/);
        expect(agenda.items.every((i) => i.minutes >= 1 && i.title && i.presenter)).toBe(true);
        expect(agenda.materials.length).toBeGreaterThan(0);
      }
    });
  }

  it("names the lead and the external unit as presenters", () => {
    const record = example("supplier-delivery.json");
    const agenda = defaultAgenda(record);
    expect(agenda.items[0].presenter).toBe("苏州某精密部件有限公司代表");
    expect(agenda.items[1].presenter).toBe("刘洋");
  });

  it("is written in English for an English record", () => {
    const agenda = defaultAgenda({ ...meeting("14:00", "14:30"), lang: "en" });
    expect(agenda.items.at(-1)?.title).toBe("Confirm owners, deadlines and deliverable standards");
    expect(agenda.items[0].presenter).toBe("the lead");
  });

  it("keeps the template minutes when the meeting has no times", () => {
    const agenda = defaultAgenda({ ...emptyRecord(), scenario: "conflict" });
    expect(totalMinutes(agenda)).toBe(45);
  });
});

describe("fitMinutes", () => {
  it("scales to the total and puts the rounding remainder on the longest item", () => {
    expect(fitMinutes([8, 8, 9, 5], 60)).toEqual([16, 16, 18, 10]);
    expect(fitMinutes([8, 8, 9, 5], 31)).toEqual([8, 8, 10, 5]);
    expect(fitMinutes([8, 8, 9, 5], 29)).toEqual([8, 8, 8, 5]);
  });
  it("keeps every item at one minute at least", () => {
    const fitted = fitMinutes([10, 1, 1], 5);
    expect(fitted.reduce((a, b) => a + b)).toBe(5);
    expect(Math.min(...fitted)).toBe(1);
  });
});

describe("duration and the minute difference", () => {
  it("reads the duration from start and end", () => {
    expect(minutesBetween("14:00", "14:30")).toBe(30);
    expect(minutesBetween("9:15", "11:00")).toBe(105);
    expect(minutesBetween("14:30", "14:00")).toBeNull();
    expect(minutesBetween("", "14:00")).toBeNull();
  });

  it("shows the live difference while items are edited", () => {
    const record = meeting("14:00", "14:30", { scenario: "project" });
    let agenda = defaultAgenda(record);
    expect(minuteBalance(record, agenda).difference).toBe(0);
    agenda = addAgendaItem(agenda, { title: "风险评估", presenter: "吴敏", minutes: 10 });
    expect(minuteBalance(record, agenda)).toMatchObject({ total: 40, duration: 30, difference: 10 });
    expect(minuteBalance(record, agenda).message.zh).toContain("超出");
    agenda = updateAgendaItem(agenda, 0, { minutes: 1 });
    expect(minuteBalance(record, agenda).difference).toBe(3);
    agenda = removeAgendaItem(agenda, agenda.items.length - 2);
    expect(minuteBalance(record, agenda).difference).toBe(-7);
    expect(minuteBalance(record, agenda).message.zh).toContain("少 7 分钟");
    expect(agendaNotices(record, agenda).map((n) => n.id)).toContain("minutes");
  });

  it("has no difference without start and end", () => {
    const record = { ...emptyRecord() };
    expect(minuteBalance(record, defaultAgenda(record)).difference).toBeNull();
  });
});

describe("edit helpers", () => {
  const record = meeting("14:00", "14:30", { scenario: "progress" });

  it("adds before the closing item by default", () => {
    const agenda = addAgendaItem(defaultAgenda(record), { title: "新议题", presenter: "李娜", minutes: 3 });
    expect(agenda.items.at(-2)?.title).toBe("新议题");
    expect(agenda.items.at(-1)?.closing).toBe(true);
  });

  it("moves an item and leaves the others in order", () => {
    const before = defaultAgenda(record);
    const after = moveAgendaItem(before, 0, 2);
    expect(after.items.map((i) => i.title)).toEqual([before.items[1], before.items[2], before.items[0], before.items[3]].map((i) => i.title));
    expect(moveAgendaItem(before, 9, 0)).toBe(before);
  });

  it("normalises updates: minutes are whole and never negative", () => {
    const agenda = updateAgendaItem(defaultAgenda(record), 1, { minutes: -4 });
    expect(agenda.items[1].minutes).toBe(0);
    expect(updateAgendaItem(agenda, 1, { minutes: 7.6 }).items[1].minutes).toBe(8);
  });

  it("warns when the closing item is removed", () => {
    const agenda = defaultAgenda(record);
    expect(agendaNotices(record, agenda).map((n) => n.id)).not.toContain("closing");
    const without = removeAgendaItem(agenda, agenda.items.length - 1);
    expect(agendaNotices(record, without).map((n) => n.id)).toContain("closing");
  });
});

describe("opening statement", () => {
  it("follows the guide: topic, duration, first presenter and item, then the second item", () => {
    const record = meeting("14:00", "14:30", { scenario: "project", lead: { name: "张伟", staffNo: "", contact: "", dept: "技术部" } });
    const agenda = defaultAgenda(record);
    const text = generateOpening(record, agenda);
    expect(text).toMatch(/^各位好，今天会议主要讨论“项目延期原因及后续计划”，预计30分钟，先请张伟说明/);
    expect(text).toContain(`说明${agenda.items[0].title}`);
    expect(text).toContain(`再共同商议${agenda.items[1].title}`);
    expect(text).toContain("最后明确责任人、完成时限及交付标准");
  });

  it("follows edits of the first items and includes the goal", () => {
    const record = meeting("14:00", "14:45", { goal: "确认研发阶段完成时间" });
    let agenda = defaultAgenda(record);
    agenda = updateAgendaItem(agenda, 0, { title: "延期情况", presenter: "技术部" });
    agenda = updateAgendaItem(agenda, 1, { title: "调整方案" });
    expect(generateOpening(record, agenda)).toBe(
      "各位好，今天会议主要讨论“项目延期原因及后续计划”，预计45分钟，先请技术部说明延期情况，再共同商议调整方案，最后明确责任人、完成时限及交付标准。本次会议的目标是确认研发阶段完成时间。",
    );
    expect(generateOpening(record, agenda, "en")).toContain('discuss "项目延期原因及后续计划", expected to take 45 minutes. First 技术部 will present');
  });

  it("uses the user's text once edited, the generated one when cleared", () => {
    const record = meeting("14:00", "14:30");
    const agenda = { ...defaultAgenda(record), opening: "各位好，我们开始。" };
    expect(openingStatement(record, agenda)).toBe("各位好，我们开始。");
    expect(openingStatement(record, { ...agenda, opening: " " })).toContain("预计30分钟");
  });
});

describe("record field", () => {
  it("survives parse → serialise as an unknown key", () => {
    const record = meeting("14:00", "14:30", { scenario: "resource" });
    const agenda = { ...defaultAgenda(record), sentOn: "2026-06-05" };
    const parsed = parseRecord(serialiseRecord(withAgenda(record, agenda)));
    expect(parsed.ok && readAgenda(parsed.record)).toEqual(agenda);
  });

  it("normalises a damaged agenda without throwing", () => {
    const record = { ...emptyRecord(), agenda: { items: [{ title: 3, minutes: "12" }, null, "x"], materials: ["a", 1], sentOn: 5 } };
    expect(readAgenda(record)).toEqual({
      items: [{ title: "", presenter: "", minutes: 12 }],
      materials: ["a"],
      opening: "",
      sentOn: "",
    });
    expect(readAgenda({ ...emptyRecord(), agenda: "nonsense" })).toBeNull();
    expect(agendaOf(emptyRecord()).items.length).toBeGreaterThan(0);
  });
});

describe("agenda sent in advance", () => {
  it("warns when a video or in-person meeting has no agenda sent", () => {
    const record = meeting("14:00", "14:30", { channel: "video" });
    const agenda = defaultAgenda(record);
    expect(agendaNotices(record, agenda).map((n) => n.id)).toEqual(["not-sent"]);
    expect(agendaNotices(record, { ...agenda, sentOn: "2026-06-05" })).toEqual([]);
    expect(agendaNotices({ ...record, channel: "email" }, agenda)).toEqual([]);
  });
});

describe("opening statement of a topic that is the meeting's name", () => {
  it("names the meeting instead of quoting it as a subject", () => {
    const record = { ...emptyRecord(), topic: "供应商交付周期确认会", date: "2026-12-08", start: "14:00", end: "15:00" };
    const zh = openingStatement(record, defaultAgenda(record), "zh");
    expect(zh).toMatch(/^各位好，今天召开供应商交付周期确认会，预计60分钟/);
    expect(zh).not.toContain("“");
    const en = openingStatement({ ...record, topic: "Supplier delivery review" }, defaultAgenda(record), "en");
    expect(en).toMatch(/^Hello, everyone, and welcome to the Supplier delivery review, expected to take 60 minutes\./);
    // A subject keeps the quotes.
    expect(openingStatement({ ...record, topic: "交付周期" }, defaultAgenda(record), "zh")).toContain("主要讨论“交付周期”");
  });
});
