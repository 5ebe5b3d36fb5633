import { describe, expect, it } from "vitest";
import { FakeWordHost, blocksText, textBlocks, type Block, type Cell, type Table } from "../../test/fake-word";
import { readAdoption } from "../domain/adoption";
import { fieldTag, rootTag } from "../ooxml/tags";
import { adapterOver } from "../../test/support/word-setup";
import { adoptFormAtCursor, readAdoptedRecord, undoAdoption, type WordRunner } from "./adopt";

function fakeTable(rows: string[][]): Table {
  return {
    kind: "tbl",
    rows: rows.map((cells) => ({ kind: "tr", header: false, cantSplit: false, cells: cells.map((text): Cell => ({ kind: "tc", blocks: textBlocks(text) })) })),
  };
}

const FORM = [
  ["基本信息", "内容"],
  ["沟通主题", "项目研发阶段延期协调会"],
  ["沟通时间", "2026年6月8日 14:00至15:00"],
  ["沟通类型", "☑内部沟通□外部沟通(外部单位:_________)"],
  ["主导人", "(姓名:张伟 工号:A1023 联系方式:13800001023)"],
  ["参与人员", "(内部:李娜(部门:生产部)、周强(部门:市场部);外部:)"],
  ["记录人", "(例:陈静)"],
  ["背景与事由", "因技术难点攻克延迟,研发阶段原定6月10日完成,现需调整计划"],
  ["核心讨论点", "1.延期具体时长\n2.生产部物料准备"],
];

function documentWith(rows: string[][]): { host: FakeWordHost; table: Table } {
  const table = fakeTable(rows);
  const body: Block[] = [{ kind: "p", inlines: [{ kind: "t", text: "沟通协调记录表" }] }, table, { kind: "p", inlines: [] }];
  const host = new FakeWordHost({ body });
  const cell = table.rows[1].cells[1].blocks[0];
  if (cell.kind === "p") host.selection = cell;
  return { host, table };
}

function runner(host: FakeWordHost): WordRunner {
  return { run: host.run as unknown as WordRunner["run"] };
}

/** The tag of the control directly inside a cell, if any. */
function cellTag(cell: Cell): string | undefined {
  const first = cell.blocks[0];
  return cell.blocks.length === 1 && first.kind === "sdt" ? first.cc.tag : undefined;
}

describe("转换为 ccr 记录 against the fake Word", () => {
  it("wraps exactly the value cells, leaves every character where it was, in 2 syncs", async () => {
    const { host, table } = documentWith(FORM);
    const before = blocksText(host.body);
    const result = await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    expect(result.kind).toBe("adopted");
    expect(host.syncCount).toBe(2);
    expect(host.runCount).toBe(1);
    expect(blocksText(host.body)).toBe(before);
    const tags = table.rows.map((r) => r.cells.map(cellTag));
    const t = (path: string) => fieldTag("r-adopt-1", path);
    expect(tags).toEqual([
      [undefined, undefined],
      [undefined, t("topic")],
      [undefined, t("time")],
      [undefined, t("kind")],
      [undefined, t("lead")],
      [undefined, t("participants")],
      [undefined, undefined],
      [undefined, t("background")],
      [undefined, t("discussionPoints")],
    ]);
    const root = host.body[1];
    expect(root.kind === "sdt" && root.cc.tag === rootTag("r-adopt-1") && root.blocks[0] === table).toBe(true);
  });

  it("returns the recognised record with what it needs to be read back", async () => {
    const { host } = documentWith(FORM);
    const result = await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    if (result.kind !== "adopted") throw new Error(result.kind);
    expect(result.record).toMatchObject({
      id: "r-adopt-1",
      topic: "项目研发阶段延期协调会",
      date: "2026-06-08",
      kind: "internal",
      lead: { name: "张伟", staffNo: "A1023" },
      discussionPoints: ["延期具体时长", "生产部物料准备"],
    });
    expect(result.wrapped).toBe(7);
    expect(readAdoption(result.record)?.cells.map((c) => c.path)).toEqual(["topic", "time", "kind", "lead", "participants", "background", "discussionPoints"]);
  });

  it("undo takes the controls away and gives back the document as it was", async () => {
    const { host } = documentWith(FORM);
    const original = JSON.stringify(host.body);
    await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    expect(host.tags().length).toBe(8);
    expect(await undoAdoption(runner(host), "r-adopt-1")).toBe(8);
    expect(host.tags()).toEqual([]);
    expect(JSON.stringify(host.body)).toBe(original);
  });

  it("reads the record back after the user edits a wrapped cell", async () => {
    const { host } = documentWith(FORM);
    const result = await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    if (result.kind !== "adopted") throw new Error(result.kind);
    host.type(fieldTag("r-adopt-1", "time"), "2026年6月9日 09:00至10:00");
    const syncs = host.syncCount;
    const reading = await readAdoptedRecord(runner(host), result.record);
    expect(host.syncCount - syncs).toBe(2);
    expect(reading.changed).toEqual(["time"]);
    expect([reading.record.date, reading.record.start, reading.record.end]).toEqual(["2026-06-09", "09:00", "10:00"]);
    expect(reading.record.topic).toBe("项目研发阶段延期协调会");
  });

  it("changes nothing when the table is not a record form", async () => {
    const { host } = documentWith([["序号", "部门", "人数"], ["1", "生产部", "5"]]);
    const before = JSON.stringify(host.body);
    const result = await adoptFormAtCursor(runner(host));
    expect(result.kind).toBe("not-a-form");
    expect(host.syncCount).toBe(1);
    expect(JSON.stringify(host.body)).toBe(before);
  });

  it("says when the cursor is not in a table, or the table is already a record", async () => {
    const { host } = documentWith(FORM);
    host.placeCursorAtEnd();
    expect((await adoptFormAtCursor(runner(host))).kind).toBe("no-table");
    const again = documentWith(FORM);
    await adoptFormAtCursor(runner(again.host), { newId: () => "r-adopt-1" });
    const cell = again.table.rows[1].cells[0].blocks[0];
    if (cell.kind === "p") again.host.selection = cell;
    expect(await adoptFormAtCursor(runner(again.host), { newId: () => "r-adopt-2" })).toEqual({ kind: "already", recordId: "r-adopt-1" });
  });
});

describe("a converted form behaves like a ccr record in the adapter", () => {
  async function converted() {
    const { host, table } = documentWith(FORM);
    const doc = adapterOver(host);
    const result = await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    if (result.kind !== "adopted") throw new Error(result.kind);
    await doc.storeRecord(result.record);
    return { host, table, doc, record: result.record };
  }

  it("reads back as stored, with no damage, while nothing changed", async () => {
    const { doc, record } = await converted();
    const read = await doc.readRecord("r-adopt-1");
    expect(read).toEqual({ record, changedInDocument: [], damage: [] });
  });

  it("reads an edit made in Word by the form's labels", async () => {
    const { host, doc } = await converted();
    host.type(fieldTag("r-adopt-1", "lead"), "(姓名:王芳 工号:L0310 联系方式:13700000310)");
    const read = await doc.readRecord("r-adopt-1");
    expect(read.changedInDocument).toEqual(["lead"]);
    expect(read.record.lead).toEqual({ name: "王芳", staffNo: "L0310", contact: "13700000310", dept: "" });
  });

  it("writes a field changed in the pane into its own cell only, and reads it back unchanged", async () => {
    const { host, table, doc, record } = await converted();
    const before = table.rows.map((r) => r.cells.map((c) => blocksText(c.blocks)));
    const edited = { ...record, topic: "项目研发阶段延期协调会(第二次)" };
    const syncs = host.syncCount;
    await doc.writeRecord(edited);
    expect(host.syncCount - syncs).toBe(2);
    const after = table.rows.map((r) => r.cells.map((c) => blocksText(c.blocks)));
    expect(after[1][1]).toBe("项目研发阶段延期协调会(第二次)");
    after[1][1] = before[1][1];
    expect(after).toEqual(before);
    const read = await doc.readRecord("r-adopt-1");
    expect(read.changedInDocument).toEqual([]);
    expect(read.record.topic).toBe("项目研发阶段延期协调会(第二次)");
    expect(read.record.lead).toEqual(record.lead);
  });
});

describe("a form of several tables", () => {
  const ACTIONS = [
    ["事项", "负责人", "完成时限", "交付标准"],
    ["提交物料需求清单", "李娜", "2026年6月12日前", "输出物料需求清单"],
  ];
  const CONTINUED = [["更新推广计划", "周强", "2026-06-19", "修订后的推广时间表"]];

  function document() {
    const form = fakeTable(FORM);
    const actions = fakeTable(ACTIONS);
    const continued = fakeTable(CONTINUED);
    const other = fakeTable([["沟通主题", "另一份记录"], ["沟通时间", "2026-07-01 09:00-10:00"], ["记录人", "陈静"]]);
    const otherSdt: Block = { kind: "sdt", cc: { uid: 999, tag: "ccr:r-other", title: "", lock: "unlocked", showingPlaceholder: false, placeholderText: "", appearance: "Hidden", color: "" }, blocks: [other] };
    const p = (text = ""): Block => ({ kind: "p", inlines: text ? [{ kind: "t", text }] : [] });
    const host = new FakeWordHost({ body: [p("沟通协调记录表"), form, p("待办事项"), actions, p(), continued, p(), otherSdt, p()] });
    const cell = form.rows[1].cells[1].blocks[0];
    if (cell.kind === "p") host.selection = cell;
    return { host, form, actions, continued, other };
  }

  it("takes the action table and its continuation into the record, not another record's table, in 3 syncs", async () => {
    const { host, actions, continued, other } = document();
    const before = blocksText(host.body);
    const result = await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    if (result.kind !== "adopted") throw new Error(result.kind);
    expect(host.syncCount).toBe(3);
    expect(blocksText(host.body)).toBe(before);
    expect(result.record.actions.map((a) => [a.task, a.owner, a.deadline])).toEqual([
      ["提交物料需求清单", "李娜", "2026年6月12日前"],
      ["更新推广计划", "周强", "2026-06-19"],
    ]);
    const t = (path: string) => fieldTag("r-adopt-1", path);
    expect(actions.rows.map((r) => r.cells.map(cellTag))).toEqual([
      [undefined, undefined, undefined, undefined],
      [t("actions[0].task"), t("actions[0].owner"), t("actions[0].deadline"), t("actions[0].deliverable")],
    ]);
    expect(continued.rows[0].cells.map(cellTag)).toEqual([t("actions[1].task"), t("actions[1].owner"), t("actions[1].deadline"), t("actions[1].deliverable")]);
    expect(other.rows.flatMap((r) => r.cells.map(cellTag))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    const root = host.body[1];
    expect(root.kind === "sdt" && root.cc.tag === rootTag("r-adopt-1") ? root.blocks.filter((b) => b.kind === "tbl").length : 0).toBe(3);
  });

  it("reads a changed action cell back through the adapter", async () => {
    const { host } = document();
    const doc = adapterOver(host);
    const result = await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    if (result.kind !== "adopted") throw new Error(result.kind);
    await doc.storeRecord(result.record);
    host.type(fieldTag("r-adopt-1", "actions[1].owner"), "吴敏");
    const read = await doc.readRecord("r-adopt-1");
    expect(read.changedInDocument).toEqual(["actions[1].owner"]);
    expect(read.record.actions[1].owner).toBe("吴敏");
    expect(read.record.actions[0].owner).toBe("李娜");
  });
});
