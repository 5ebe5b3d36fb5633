import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord, type ActionItem, type CcrRecord } from "../record/record";
import {
  mergeTracker,
  parseTrackerKey,
  recordIdentity,
  shownText,
  statusFromText,
  trackerLang,
  trackerRows,
  type TrackerItem,
  type TrackerSheetRow,
  type TrackerSource,
} from "./tracker";
import { parseIsoDate as isoDay } from "../calendar/iso-date";

const TODAY = isoDay("2026-06-15");

function action(task: string, extra: Partial<ActionItem> = {}): ActionItem {
  return { ...emptyAction(), task, owner: "李娜", ownerDept: "生产部", deadline: isoDay("2026-06-12"), deliverable: "输出清单", ...extra };
}

function record(id: string | undefined, actions: ActionItem[], extra: Partial<CcrRecord> = {}): CcrRecord {
  return { ...emptyRecord(), ...(id ? { id } : {}), topic: "项目研发阶段延期协调会", date: isoDay("2026-06-08"), actions, ...extra };
}

/** The row the export writes for an item, as a spreadsheet reads it back, with `edits` made to it. */
function sheetRow(item: TrackerItem, row: number, edits: Partial<Omit<TrackerSheetRow, "row">> = {}): TrackerSheetRow {
  const v = item.values;
  const shown = { ...item.key.shown };
  return {
    row,
    key: JSON.stringify(item.key),
    status: shownText(v.status),
    note: shownText(v.note),
    noteDate: v.noteDate && typeof v.noteDate === "object" && "date" in v.noteDate ? { date: v.noteDate.date } : null,
    shown,
    ...edits,
  };
}

function exported(sources: TrackerSource[]): TrackerItem[] {
  return trackerRows(sources, { today: TODAY, lang: "zh", includeDone: true }).items;
}

describe("the rows of the sheet", () => {
  const sources: TrackerSource[] = [
    { source: "b.json", record: record("r-b", [action("晚的会议的事项")], { date: isoDay("2026-06-10") }) },
    {
      source: "a.json",
      record: record("r-a", [
        action("提交物料需求清单", { progress: [{ date: isoDay("2026-06-10"), note: "已收集80%" }] }),
        action("已完成的事项", { status: "done" }),
        action("确认试产批次", { deadline: "6月20日17:00前", cc: ["技术部负责人", "生产部负责人"] }),
      ]),
    },
  ];

  it("lists the open items, records in meeting-date order, items in their order", () => {
    const { items } = trackerRows(sources, { today: TODAY, lang: "zh" });
    expect(items.map((i) => [i.sourceIndex, i.tracked.index])).toEqual([
      [1, 0],
      [1, 2],
      [0, 0],
    ]);
    expect(trackerRows(sources, { today: TODAY, lang: "zh", includeDone: true }).items).toHaveLength(4);
  });

  it("writes the resolved due date with its time, 已逾期 from the tracking functions, the latest note", () => {
    const [first, second] = trackerRows(sources, { today: TODAY, lang: "zh" }).items;
    expect(first.values).toMatchObject({
      topic: "项目研发阶段延期协调会",
      meetingDate: { date: isoDay("2026-06-08") },
      no: 1,
      due: { date: isoDay("2026-06-12") },
      status: "未开始",
      note: "已收集80%",
      noteDate: { date: isoDay("2026-06-10") },
      daysLeft: { days: -1, unit: "workdays" },
      overdue: "已逾期1个工作日",
    });
    expect(second.values).toMatchObject({ no: 3, due: { date: isoDay("2026-06-20"), time: "17:00" }, cc: "技术部负责人、生产部负责人", overdue: null, note: null });
    expect(trackerRows(sources, { today: TODAY, lang: "en" }).items[0].values).toMatchObject({ status: "Not started", overdue: "1 working day overdue" });
  });

  it("keys each row with the record id, the item number and what was exported", () => {
    const [first] = trackerRows(sources, { today: TODAY, lang: "zh" }).items;
    const key = parseTrackerKey(JSON.stringify(first.key));
    expect(key).toMatchObject({ v: 1, id: "r-a", n: 1, task: "提交物料需求清单", status: "todo", note: "已收集80%", noteDate: isoDay("2026-06-10") });
    expect(key!.shown).toMatchObject({ owner: "李娜", due: isoDay("2026-06-12"), no: "1" });
    expect(key!.shown.status).toBeUndefined();
  });

  it("keys a record without an id by its meeting date and topic", () => {
    const [item] = exported([{ source: "x.json", record: record(undefined, [action("事项")]) }]);
    expect(item.key.id).toBeUndefined();
    expect(recordIdentity(item.key)).toBe("meeting:2026-06-08|项目研发阶段延期协调会");
  });

  it("lists a record found in two files once and names both", () => {
    const r = record("r-same", [action("事项")]);
    const rows = trackerRows(
      [
        { source: "a.json", record: r },
        { source: "a.docx", record: r },
      ],
      { today: TODAY, lang: "zh" },
    );
    expect(rows.items).toHaveLength(1);
    expect(rows.duplicates).toEqual([{ identity: "id:r-same", topic: r.topic, sources: ["a.json", "a.docx"] }]);
  });

  it("refuses keys that are not the tracker's", () => {
    for (const text of ["", "not json", "[]", '{"v":2}', JSON.stringify({ v: 1, n: 0, date: "", topic: "", task: "", status: "todo", note: "", noteDate: "" })]) {
      expect(parseTrackerKey(text), text).toBeUndefined();
    }
  });

  it("writes the sheet in English only when every record is", () => {
    expect(trackerLang([record("a", [], { lang: "en" }), record("b", [], { lang: "en" })])).toBe("en");
    expect(trackerLang([record("a", [], { lang: "en" }), record("b", [])])).toBe("zh");
  });
});

describe("reading the edited sheet back", () => {
  const base = () => record("r-a", [action("提交物料需求清单", { progress: [{ date: isoDay("2026-06-10"), note: "已收集80%" }] }), action("确认试产批次")]);
  const setup = (r: CcrRecord = base()) => {
    const sources: TrackerSource[] = [{ source: "a.json", record: r }];
    return { sources, items: exported(sources) };
  };

  it("reads status labels in both languages and the stored codes", () => {
    expect(statusFromText(" 进行中 ")).toBe("doing");
    expect(statusFromText("done")).toBe("done");
    expect(statusFromText("In progress")).toBe("doing");
    expect(statusFromText("已逾期")).toBeUndefined();
  });

  it("takes a changed status and a new progress note (dated today) into the record", () => {
    const { sources, items } = setup();
    const merge = mergeTracker([sheetRow(items[0], 2, { status: "进行中", note: "已提交初稿" })], sources, { today: TODAY });
    expect(merge.errors).toEqual([]);
    const updated = merge.updated.get(0)!;
    expect(updated.actions[0].status).toBe("doing");
    expect(updated.actions[0].progress).toEqual([
      { date: isoDay("2026-06-10"), note: "已收集80%" },
      { date: TODAY, note: "已提交初稿" },
    ]);
    expect(merge.changes.map((c) => c.field)).toEqual(["status", "progress"]);
    expect(merge.changes[0].message.zh).toBe("第 2 行 → a.json 《项目研发阶段延期协调会》第 1 项“提交物料需求清单”：状态 未开始 → 进行中");
    expect(sources[0].record.actions[0].status).toBe("todo");
  });

  it("dates the new note as the sheet says when its progress date was changed", () => {
    const { sources, items } = setup();
    const merge = mergeTracker([sheetRow(items[0], 2, { note: "已提交", noteDate: { text: "2026/6/12" } })], sources, { today: TODAY });
    expect(merge.updated.get(0)!.actions[0].progress.at(-1)).toEqual({ date: isoDay("2026-06-12"), note: "已提交" });
  });

  it("changes nothing when nothing was edited", () => {
    const { sources, items } = setup();
    const merge = mergeTracker(items.map((item, i) => sheetRow(item, i + 2)), sources, { today: TODAY });
    expect(merge.updated.size).toBe(0);
    expect([...merge.changes, ...merge.conflicts, ...merge.unmatched, ...merge.ignored, ...merge.errors]).toEqual([]);
  });

  it("keeps a newer edit in the record and reports the conflict", () => {
    const { items } = setup();
    const later = base();
    later.actions[0] = { ...later.actions[0], status: "done", progress: [...later.actions[0].progress, { date: isoDay("2026-06-14"), note: "已交付" }] };
    const merge = mergeTracker([sheetRow(items[0], 2, { status: "进行中", note: "已提交初稿" })], [{ source: "a.json", record: later }], { today: TODAY });
    expect(merge.updated.size).toBe(0);
    expect(merge.conflicts.map((c) => [c.field, c.exported.zh, c.current.zh, c.sheet.zh])).toEqual([
      ["status", "未开始", "已完成", "进行中"],
      ["progress", "2026年6月10日：已收集80%", "2026年6月14日：已交付", "2026年6月15日：已提交初稿"],
    ]);
    expect(merge.conflicts[0].message.zh).toContain("保留记录中较新的修改，未导入");
  });

  it("is no conflict when the record already holds what the sheet says", () => {
    const { items } = setup();
    const later = base();
    later.actions[0] = { ...later.actions[0], status: "doing" };
    const merge = mergeTracker([sheetRow(items[0], 2, { status: "进行中" })], [{ source: "a.json", record: later }], { today: TODAY });
    expect(merge.conflicts).toEqual([]);
    expect(merge.updated.size).toBe(0);
  });

  it("applies the edit to another field the record changed meanwhile (a three-way merge per field)", () => {
    const { items } = setup();
    const later = base();
    later.actions[0] = { ...later.actions[0], progress: [{ date: isoDay("2026-06-14"), note: "记录中的新进展" }] };
    const merge = mergeTracker([sheetRow(items[0], 2, { status: "已完成", note: "表中的进展" })], [{ source: "a.json", record: later }], { today: TODAY });
    expect(merge.updated.get(0)!.actions[0].status).toBe("done");
    expect(merge.conflicts.map((c) => c.field)).toEqual(["progress"]);
  });

  it("finds an item that moved, says so, and never guesses between two of the same text", () => {
    const { items } = setup();
    const reordered = base();
    reordered.actions = [action("新加的事项"), ...reordered.actions];
    const merge = mergeTracker([sheetRow(items[0], 2, { status: "已完成" })], [{ source: "a.json", record: reordered }], { today: TODAY });
    expect(merge.updated.get(0)!.actions[1].status).toBe("done");
    expect(merge.changes[0]).toMatchObject({ no: 2, movedFrom: 1 });
    expect(merge.changes[0].message.zh).toContain("（导出时为第 1 项）");

    const twice = base();
    twice.actions = [action("新加的事项"), twice.actions[0], { ...twice.actions[0] }];
    const ambiguous = mergeTracker([sheetRow(items[0], 2, { status: "已完成" })], [{ source: "a.json", record: twice }], { today: TODAY });
    expect(ambiguous.updated.size).toBe(0);
    expect(ambiguous.unmatched[0].message.zh).toContain("有 2 个事项的内容都是");
  });

  it("reports rows it cannot match: no key, a damaged key, a record not given, a removed or rewritten item, a row twice", () => {
    const { sources, items } = setup();
    const other = exported([{ source: "z.json", record: record("r-zzz", [action("别的记录的事项")]) }])[0];
    const removed = base();
    removed.actions = [removed.actions[1]];
    const rows = [
      { ...sheetRow(items[0], 2), key: "" },
      { ...sheetRow(items[0], 3), key: "{broken" },
      sheetRow(other, 4, { status: "已完成" }),
    ];
    const merge = mergeTracker(rows, sources, { today: TODAY });
    expect(merge.unmatched.map((u) => u.row)).toEqual([2, 3, 4]);
    expect(merge.unmatched[2].message.zh).toBe("第 4 行：所给文件中没有记录 r-zzz，未导入（请一并给出该记录的文件或文件夹）。");

    const gone = mergeTracker([sheetRow(items[0], 2, { status: "已完成" })], [{ source: "a.json", record: removed }], { today: TODAY });
    expect(gone.unmatched[0].message.zh).toBe("第 2 行：a.json 中已找不到《项目研发阶段延期协调会》第 1 项“提交物料需求清单”（导出后被删除，或事项内容被修改），未导入。");

    const doubled = mergeTracker([sheetRow(items[0], 2, { status: "已完成" }), sheetRow(items[0], 7, { status: "进行中" })], sources, { today: TODAY });
    expect(doubled.updated.size).toBe(0);
    expect(doubled.unmatched.map((u) => u.row)).toEqual([2, 7]);
  });

  it("reports values it cannot read as errors", () => {
    const { sources, items } = setup();
    const merge = mergeTracker(
      [sheetRow(items[0], 2, { status: "完成了" }), sheetRow(items[1], 3, { note: "x", noteDate: { text: "下周" } })],
      sources,
      { today: TODAY },
    );
    expect(merge.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "status"],
      [3, "noteDate"],
    ]);
    expect(merge.errors[0].message.zh).toContain("应为 未开始 / 进行中 / 已完成 之一");
  });

  it("rejects an over-long progress note", () => {
    const { sources, items } = setup();
    const merge = mergeTracker([sheetRow(items[1], 3, { note: "长".repeat(2001) })], sources, { today: TODAY });
    expect(merge.errors.map((e) => e.column)).toEqual(["note"]);
  });

  it("reports edits it does not read back: read-only columns, a cleared note, a date alone", () => {
    const { sources, items } = setup();
    const rows = [
      sheetRow(items[0], 2, { shown: { ...items[0].key.shown, owner: "周强" }, note: "" }),
      sheetRow(items[0 + 1], 3, { noteDate: { date: isoDay("2026-06-13") } }),
    ];
    const merge = mergeTracker(rows, sources, { today: TODAY });
    expect(merge.ignored.map((i) => [i.row, i.column])).toEqual([
      [2, "owner"],
      [2, "note"],
      [3, "noteDate"],
    ]);
    expect(merge.updated.size).toBe(0);
  });

  it("updates every file holding the record, each merged on its own", () => {
    const r = base();
    const stale = base();
    stale.actions[0] = { ...stale.actions[0], status: "done" };
    const sources: TrackerSource[] = [
      { source: "a.json", record: r },
      { source: "a.docx", record: r },
      { source: "old.json", record: stale },
    ];
    const items = exported(sources);
    const merge = mergeTracker([sheetRow(items[0], 2, { status: "进行中" })], sources, { today: TODAY });
    expect([...merge.updated.keys()]).toEqual([0, 1]);
    expect(merge.conflicts.map((c) => c.sourceIndex)).toEqual([2]);
  });

  it("matches a record without an id by its meeting date and topic", () => {
    const r = record(undefined, [action("事项")]);
    const items = exported([{ source: "x.json", record: r }]);
    const merge = mergeTracker([sheetRow(items[0], 2, { status: "已完成" })], [{ source: "x.json", record: r }], { today: TODAY });
    expect(merge.updated.get(0)!.actions[0].status).toBe("done");
    const renamed = { ...r, topic: "改过的主题" };
    expect(mergeTracker([sheetRow(items[0], 2, { status: "已完成" })], [{ source: "x.json", record: renamed }], { today: TODAY }).unmatched).toHaveLength(1);
  });
});
