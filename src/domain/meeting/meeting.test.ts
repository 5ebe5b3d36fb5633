import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES_DIR, readRecord } from "../../../test/support/records";
import type { CcrRecord } from "../record/record";
import { agendaOf, withAgenda } from "./agenda";
import { readMeeting } from "./state";
import { endMeeting, goToRecordItem, meetingView, nextRecordItem, previousRecordItem, startRecordMeeting } from "./meeting";

const MIN = 60_000;
const T0 = Date.UTC(2026, 5, 8, 6, 0); // 14:00 in China

function example(name: string): CcrRecord {
  return readRecord(join(EXAMPLES_DIR, name));
}

describe("the running meeting", () => {
  it("shows the current agenda item, its timer and the opening statement", () => {
    const record = startRecordMeeting(example("project-delay.json"), T0);
    const v = meetingView(record, T0 + 2 * MIN);
    const agenda = agendaOf(record);
    expect(v.items).toEqual(agenda.items);
    expect(v.current).toEqual(agenda.items[0]);
    expect(v.next).toEqual(agenda.items[1]);
    expect(v.timer.elapsedMinutes).toBe(2);
    expect(v.timer.plannedMinutes).toBe(agenda.items[0].minutes);
    expect(v.timer.meetingPlannedMinutes).toBe(30); // 14:00–14:30
    expect(v.opening).toContain("项目研发阶段延期协调会");
    expect(v.opening).toContain("30分钟");
  });

  it("walks the agenda forward and back and warns on overrun", () => {
    let record = withAgenda(example("project-delay.json"), {
      items: [
        { title: "延期情况说明", presenter: "张伟", minutes: 5 },
        { title: "调整方案商议", presenter: "全体", minutes: 20 },
        { title: "明确责任人、时限及交付标准", presenter: "陈静", minutes: 5, closing: true },
      ],
      materials: [],
      opening: "",
      sentOn: "",
    });
    record = startRecordMeeting(record, T0);
    record = nextRecordItem(record, T0 + 4 * MIN);
    expect(meetingView(record, T0 + 30 * MIN).timer).toMatchObject({ index: 1, overrun: true, overrunMinutes: 6, meetingLeftMinutes: 0 });
    record = nextRecordItem(nextRecordItem(record, T0 + 30 * MIN), T0 + 31 * MIN);
    expect(meetingView(record, T0 + 31 * MIN).timer.index).toBe(2);
    expect(meetingView(record, T0 + 31 * MIN).next).toBeNull();
    record = previousRecordItem(goToRecordItem(record, 0, T0 + 32 * MIN), T0 + 33 * MIN);
    expect(meetingView(record, T0 + 33 * MIN).current?.title).toBe("延期情况说明");
    const planned = [record.start, record.end];
    record = endMeeting(record, T0 + 33 * MIN);
    expect(readMeeting(record).actual?.end).toBe("14:33");
    expect([record.start, record.end]).toEqual(planned);
    expect(meetingView(record, T0 + 60 * MIN).timer.running).toBe(false);
  });
});
