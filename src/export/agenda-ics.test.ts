import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { defaultAgenda } from "../domain/meeting/agenda";
import { agendaIcsProblem, exportAgendaIcs } from "./agenda-ics";
import { sampleRecord } from "../../test/support/export-records";

const NOW = new Date("2026-06-05T08:00:00Z");

function parseEvent(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return { cal, event: cal.getFirstSubcomponent("vevent")! };
}

describe("exportAgendaIcs", () => {
  it("is one VEVENT in Asia/Shanghai with location and the agenda as description", () => {
    const record = { ...sampleRecord(), place: "公司3号会议室；2楼，东侧" };
    const text = exportAgendaIcs(record, defaultAgenda(record), { now: NOW });
    const { cal, event } = parseEvent(text);
    expect(cal.getFirstSubcomponent("vtimezone")!.getFirstPropertyValue("tzid")).toBe("Asia/Shanghai");
    const start = event.getFirstProperty("dtstart")!;
    expect(start.getParameter("tzid")).toBe("Asia/Shanghai");
    expect(String(start.getFirstValue())).toBe("2026-06-08T14:00:00");
    expect(String(event.getFirstPropertyValue("dtend"))).toBe("2026-06-08T14:30:00");
    expect(event.getFirstPropertyValue("summary")).toBe(record.topic);
    expect(event.getFirstPropertyValue("location")).toBe("公司3号会议室；2楼，东侧");
    const description = String(event.getFirstPropertyValue("description"));
    expect(description).toContain("议程安排：\n1. ");
    expect(description).toContain("确认责任人、完成时限及交付标准");
    expect(description).toContain("开场说明：各位好");
    expect(String(event.getFirstPropertyValue("dtstamp"))).toBe("2026-06-05T08:00:00Z");
  });

  it("folds lines at 75 octets with CRLF and never splits a character", () => {
    const record = sampleRecord();
    const text = exportAgendaIcs(record, defaultAgenda(record), { now: NOW });
    const lines = text.split("\r\n");
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    expect(text).not.toContain("\uFFFD");
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("runs for the agenda's length when the end time is missing", () => {
    const record = { ...sampleRecord(), end: "" };
    const { event } = parseEvent(exportAgendaIcs(record, defaultAgenda(record), { now: NOW }));
    expect(String(event.getFirstPropertyValue("dtend"))).toBe("2026-06-08T14:30:00");
  });

  it("reports a record without a date or start time", () => {
    expect(agendaIcsProblem({ ...sampleRecord(), date: "" })?.zh).toContain("会议日期");
    expect(agendaIcsProblem({ ...sampleRecord(), start: "下午" })?.zh).toContain("开始时间");
    expect(agendaIcsProblem(sampleRecord())).toBeNull();
  });
});
