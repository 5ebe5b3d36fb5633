import { FORM_TABLE_COUNT } from "../form/read";
import { describe, expect, it } from "vitest";
import { FakeWordHost, blocksText, newCc, para, type Block, type BlockSdt, type Cell, type Inline, type Para, type Table } from "../../test/fake-word";
import { formField } from "../form/layout";
import { ADOPTION_KEY, readAdoption } from "../domain/recognise/adoption";
import { emptyAction, type CcrRecord } from "../domain/record/record";
import { fieldTag, rootTag } from "../form/tags";
import { adapterOver } from "../../test/support/word-setup";
import { documentWith, fakeTable, HAND_FILLED_FORM } from "../../test/support/hand-filled-word";
import { adoptFormAtCursor, undoAdoption, type WordRunner } from "./adopt";

const FORM = HAND_FILLED_FORM;

function runner(host: FakeWordHost): WordRunner {
  return { run: host.run as unknown as WordRunner["run"] };
}

/** The control inside a cell around all its content, if any (never one around the whole cell, #1947 #950). */
function cellControl(cell: Cell): BlockSdt | undefined {
  if (cell.sdt) throw new Error("a control around a whole cell");
  const [only, ...rest] = cell.blocks;
  return only?.kind === "sdt" && rest.length === 0 ? only : undefined;
}

function cellTag(cell: Cell): string | undefined {
  return cellControl(cell)?.cc.tag;
}

/** A cell's content without the control around it. */
function cellContent(cell: Cell): Block[] {
  return cellControl(cell)?.blocks ?? cell.blocks;
}

/** The tables of the document now (conversion replaces them with equal ones). */
function tablesOf(host: FakeWordHost): Table[] {
  return host.tables();
}

describe("转换为 ccr 记录 against the fake Word", () => {
  it("wraps exactly the value cells, leaves every character where it was, in 3 syncs and one undo unit", async () => {
    const { host } = documentWith(FORM);
    const before = blocksText(host.body);
    const result = await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    expect(result.kind).toBe("adopted");
    expect(host.syncCount).toBe(3);
    expect(host.runCount).toBe(1);
    // Every control came from one insertOoxml: one undo unit (insertContentControl would be one per control).
    expect(host.undoDepth).toBe(1);
    expect(blocksText(host.body)).toBe(before);
    const [table] = tablesOf(host);
    const tags = table.rows.map((r) => r.cells.map(cellTag));
    const t = (path: string) => fieldTag("r-adopt-1", path);
    expect(tags).toEqual([
      [undefined, undefined],
      [undefined, t("topic")],
      [undefined, t("time")],
      [undefined, t("kind")],
      [undefined, t("lead")],
      [undefined, t("participants")],
      // 记录人 still shows the guide's example: unfilled, wrapped so that a value given in the pane reaches it.
      [undefined, t("recorder")],
      [undefined, t("background")],
      [undefined, t("discussionPoints")],
    ]);
    // Value cells hold a control around their content (w:tc/w:sdt), titled with their label.
    expect(cellControl(table.rows[1].cells[1])?.cc).toMatchObject({ title: "沟通主题", lock: "unlocked", showingPlaceholder: false });
    const root = host.body[1];
    expect(root.kind === "sdt" && root.cc.tag === rootTag("r-adopt-1") && root.blocks.length === 1 && root.blocks[0] === table).toBe(true);
    expect(host.tags().filter((tag) => tag.startsWith("ccr:"))).toHaveLength(9);
  });

  it("keeps every character: spaces, tabs, line breaks, markup characters, paragraphs of a cell", async () => {
    const tricky = [
      ["沟通主题", "  A & B <C> \"D\" 'E'\t制表 😀 "],
      ["沟通时间", "2026年6月8日 14:00至15:00"],
      ["沟通地点/方式", "公司3号会议室\v(线下)"],
      ["核心讨论点", "1.延期具体时长\n\n2.生产部物料准备\n"],
      ["记录人", "陈静"],
    ];
    const { host } = documentWith(tricky);
    const before = blocksText(host.body);
    const cells = tablesOf(host)[0].rows.map((r) => r.cells.map((c) => JSON.stringify(c.blocks)));
    const result = await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    expect(result.kind).toBe("adopted");
    expect(blocksText(host.body)).toBe(before);
    expect(tablesOf(host)[0].rows.map((r) => r.cells.map((c) => JSON.stringify(cellContent(c))))).toEqual(cells);
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
    expect(result.wrapped).toBe(8);
    expect(result.libreOfficeRepairs).toBe(0);
    expect(readAdoption(result.record)?.cells.map((c) => c.path)).toEqual(["topic", "time", "kind", "lead", "participants", "recorder", "background", "discussionPoints"]);
  });

  it("Word's Undo (one Ctrl+Z) gives back the original document exactly", async () => {
    const { host } = documentWith(FORM);
    const original = JSON.stringify(host.body);
    await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    expect(host.tags()).toHaveLength(9);
    expect(host.undo()).toBe(true);
    expect(JSON.stringify(host.body)).toBe(original);
    expect(host.tags()).toEqual([]);
  });

  it("撤销转换 in the pane takes the controls away and gives back the document as it was", async () => {
    const { host } = documentWith(FORM);
    const original = JSON.stringify(host.body);
    await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    expect(await undoAdoption(runner(host), "r-adopt-1")).toBe(9);
    expect(host.tags()).toEqual([]);
    expect(host.body).toEqual(JSON.parse(original));
  });

  it("does not read ccr's own placeholder hints as values", async () => {
    const hint = formField("place")!.hint.zh;
    const { host } = documentWith([...FORM, ["沟通地点/方式", hint]]);
    const result = await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    if (result.kind !== "adopted") throw new Error(result.kind);
    expect(result.record.place).toBe("");
    expect(host.tags()).not.toContain(fieldTag("r-adopt-1", "place"));
  });

  it("repairs the text LibreOffice 7.4 repeats in cells and says how many paragraphs", async () => {
    const copy = (text: string): Inline => ({ kind: "isdt", cc: newCc(), inlines: [{ kind: "t", text }] });
    const repeated = (text: string): Block => ({ kind: "p", inlines: [copy(text), copy(text + text), copy(text)] });
    const table = fakeTable(FORM);
    table.rows[1].cells[0].blocks = [repeated("沟通主题")];
    table.rows[1].cells[1].blocks = [repeated("项目研发阶段延期协调会")];
    const host = new FakeWordHost({ body: [table, para()] });
    host.selection = table.rows[2].cells[1].blocks[0] as Para;
    const result = await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    if (result.kind !== "adopted") throw new Error(result.kind);
    expect(result.libreOfficeRepairs).toBe(2);
    expect(result.record.topic).toBe("项目研发阶段延期协调会");
    expect(tablesOf(host)[0].rows[1].cells.map((c) => blocksText(c.blocks))).toEqual(["沟通主题", "项目研发阶段延期协调会"]);
  });

  it("changes nothing when the table is not a record form", async () => {
    const { host } = documentWith([["序号", "部门", "人数"], ["1", "生产部", "5"]]);
    const before = JSON.stringify(host.body);
    const result = await adoptFormAtCursor(runner(host));
    expect(result.kind).toBe("not-a-form");
    expect(host.syncCount).toBe(1);
    expect(host.undoDepth).toBe(0);
    expect(JSON.stringify(host.body)).toBe(before);
  });

  it("says when the cursor is not in a table, or the table is already a record", async () => {
    const { host } = documentWith(FORM);
    host.placeCursorAtEnd();
    expect((await adoptFormAtCursor(runner(host))).kind).toBe("no-table");
    const again = documentWith(FORM);
    await adoptFormAtCursor(runner(again.host), { newId: () => "r-adopt-1" });
    const cell = tablesOf(again.host)[0].rows[1].cells[0].blocks[0];
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

  it("reports a control deleted in Word, and 修复 rebuilds the record as ccr's standard form with every value", async () => {
    const { host, doc, record } = await converted();
    host.removeControl(fieldTag("r-adopt-1", "lead"));
    const read = await doc.readRecord("r-adopt-1");
    expect(read.damage.map((d) => [d.kind, d.path])).toEqual([["missing-control", "lead"]]);
    expect(read.damage[0].message.zh).toContain("主导人");
    expect(read.record.lead).toEqual(record.lead);
    const report = await doc.repair("r-adopt-1");
    expect(report.fixed.map((d) => d.kind)).toEqual(["missing-control"]);
    expect(readAdoption(report.record)).toBeUndefined();
    const after = await doc.readRecord("r-adopt-1");
    expect(after.damage).toEqual([]);
    const { [ADOPTION_KEY]: _, ...plain } = record;
    expect(after.record).toEqual(plain);
    // The standard form: its five tables, the lead in its own control again.
    expect(host.tags()).toContain(fieldTag("r-adopt-1", "lead"));
    expect(host.tables()).toHaveLength(FORM_TABLE_COUNT);
  });

  it("writes a value the pane gives to a field left unfilled (the guide's example text) into its cell", async () => {
    const { host, doc, record } = await converted();
    expect(record.recorder).toBe("");
    await doc.writeRecord({ ...record, recorder: "陈静" });
    const [table] = tablesOf(host);
    expect(blocksText(table.rows[6].cells[1].blocks)).toBe("陈静");
    const read = await doc.readRecord("r-adopt-1");
    expect(read.changedInDocument).toEqual([]);
    expect(read.record.recorder).toBe("陈静");
    // Typed in Word afterwards, read by the label again.
    host.type(fieldTag("r-adopt-1", "recorder"), "王芳");
    expect((await doc.readRecord("r-adopt-1")).record.recorder).toBe("王芳");
  });

  it("writes a field changed in the pane into its own cell only, and reads it back unchanged", async () => {
    const { host, doc, record } = await converted();
    const [table] = tablesOf(host);
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

  it("takes the action table and its continuation into the record, not another record's table, in 4 syncs", async () => {
    const { host, other } = document();
    const original = JSON.stringify(host.body);
    const before = blocksText(host.body);
    const result = await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    if (result.kind !== "adopted") throw new Error(result.kind);
    expect(host.syncCount).toBe(4);
    expect(host.undoDepth).toBe(1);
    const [, actions, continued] = tablesOf(host);
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
    expect(root.kind === "sdt" && root.cc.tag === rootTag("r-adopt-1") ? root.blocks.map((b) => b.kind) : []).toEqual(["tbl", "p", "tbl", "p", "tbl"]);
    // One Ctrl+Z: the three tables and the paragraphs between them as they were.
    host.undo();
    expect(JSON.stringify(host.body)).toBe(original);
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

describe("action items added or removed in the pane reach the converted form", () => {
  const ACTIONS = [
    ["序号", "事项", "负责人", "完成时限", "交付标准"],
    ["1", "提交物料需求清单", "李娜", "2026年6月12日前", "输出物料需求清单"],
    ["2", "更新推广计划", "周强", "2026-06-19", ""],
  ];

  async function converted(extra: Block[] = []) {
    const form = fakeTable(FORM);
    const actions = fakeTable(ACTIONS);
    const p = (text = ""): Block => ({ kind: "p", inlines: text ? [{ kind: "t", text }] : [] });
    const host = new FakeWordHost({ body: [p("沟通协调记录表"), form, p("待办事项"), actions, ...extra, p("会后闭环")] });
    host.selection = form.rows[1].cells[1].blocks[0] as Para;
    const doc = adapterOver(host);
    const result = await adoptFormAtCursor(runner(host), { newId: () => "r-adopt-1" });
    if (result.kind !== "adopted") throw new Error(result.kind);
    await doc.storeRecord(result.record);
    return { host, doc, record: result.record };
  }

  const item = (task: string, owner: string, deadline: string, deliverable = "") => ({ ...emptyAction(), task, owner, deadline, deliverable });
  const withoutAdoption = (r: CcrRecord) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== ADOPTION_KEY));
  const rowsOf = (t: Table) => t.rows.map((r) => r.cells.map((c) => blocksText(c.blocks).replace(/\r/g, "\n")));
  const tagsOf = (t: Table) => t.rows.map((r) => r.cells.map((c) => cellTag(c)?.replace("ccr:r-adopt-1:", "")));

  async function writeAndRead(host: FakeWordHost, doc: ReturnType<typeof adapterOver>, edited: CcrRecord) {
    const syncs = host.syncCount;
    await doc.writeRecord(edited);
    const writeSyncs = host.syncCount - syncs;
    const read = await doc.readRecord("r-adopt-1");
    return { writeSyncs, read };
  }

  it("adds two items as copies of the last item row, numbered, and reads the record back equal, in 3 syncs", async () => {
    const { host, doc, record } = await converted();
    const edited = { ...record, actions: [...record.actions, item("确认交付节点", "王芳", "2026-06-20", "书面确认函"), item("召开复盘会", "张伟", "2026-06-30")] };
    const { writeSyncs, read } = await writeAndRead(host, doc, edited);
    expect(writeSyncs).toBe(3);
    expect(read.changedInDocument).toEqual([]);
    expect(read.damage).toEqual([]);
    expect(withoutAdoption(read.record)).toEqual(withoutAdoption(edited));
    const actions = tablesOf(host)[1];
    expect(rowsOf(actions)).toEqual([
      ACTIONS[0],
      ACTIONS[1],
      ACTIONS[2],
      ["3", "确认交付节点", "王芳", "2026年6月20日", "书面确认函"],
      ["4", "召开复盘会", "张伟", "2026年6月30日", ""],
    ]);
    const fields = ["task", "owner", "deadline", "deliverable"];
    expect(tagsOf(actions)).toEqual([
      [undefined, undefined, undefined, undefined, undefined],
      ...[0, 1, 2, 3].map((i) => [undefined, ...fields.map((f) => `actions[${i}].${f}`)]),
    ]);
    // Only the action table was replaced: the label/value table and the text around are as they were.
    expect(rowsOf(tablesOf(host)[0])).toEqual(FORM);
    expect(host.body.map((b) => b.kind)).toEqual(["p", "sdt", "p"]);
  });

  it("removes an item's row (the others keep theirs, renumbered) and reads the record back equal", async () => {
    const { host, doc, record } = await converted();
    const edited = { ...record, actions: [record.actions[1]] };
    const { writeSyncs, read } = await writeAndRead(host, doc, edited);
    expect(writeSyncs).toBe(3);
    expect(read.changedInDocument).toEqual([]);
    expect(withoutAdoption(read.record)).toEqual(withoutAdoption(edited));
    const actions = tablesOf(host)[1];
    expect(rowsOf(actions)).toEqual([ACTIONS[0], ["1", "更新推广计划", "周强", "2026-06-19", ""]]);
    expect(tagsOf(actions)[1]).toEqual([undefined, "actions[0].task", "actions[0].owner", "actions[0].deadline", "actions[0].deliverable"]);
  });

  it("adds two and removes one in one write; an edit in Word afterwards is read from the right row", async () => {
    const { host, doc, record } = await converted();
    const edited = { ...record, actions: [record.actions[0], item("确认交付节点", "王芳", "2026-06-20"), item("召开复盘会", "张伟", "2026-06-30")] };
    const { read } = await writeAndRead(host, doc, edited);
    expect(withoutAdoption(read.record)).toEqual(withoutAdoption(edited));
    expect(rowsOf(tablesOf(host)[1]).map((r) => r[1])).toEqual(["事项", "提交物料需求清单", "确认交付节点", "召开复盘会"]);
    host.type(fieldTag("r-adopt-1", "actions[2].owner"), "吴敏");
    const again = await doc.readRecord("r-adopt-1");
    expect(again.changedInDocument).toEqual(["actions[2].owner"]);
    expect(again.record.actions.map((a) => a.owner)).toEqual(["李娜", "王芳", "吴敏"]);
  });

  it("removing every item leaves one empty row, which the next item fills", async () => {
    const { host, doc, record } = await converted();
    const none = { ...record, actions: [] };
    const first = await writeAndRead(host, doc, none);
    expect(withoutAdoption(first.read.record)).toEqual(withoutAdoption(none));
    expect(rowsOf(tablesOf(host)[1])).toEqual([ACTIONS[0], ["1", "", "", "", ""]]);
    const two = { ...none, actions: [item("确认交付节点", "王芳", "2026-06-20"), item("召开复盘会", "张伟", "2026-06-30")] };
    const second = await writeAndRead(host, doc, two);
    expect(second.writeSyncs).toBe(3);
    expect(withoutAdoption(second.read.record)).toEqual(withoutAdoption(two));
    expect(rowsOf(tablesOf(host)[1])).toEqual([ACTIONS[0], ["1", "确认交付节点", "王芳", "2026年6月20日", ""], ["2", "召开复盘会", "张伟", "2026年6月30日", ""]]);
  });

  it("drops a continuation table whose rows all went, and copies rows within the table they follow", async () => {
    const continued = fakeTable([["3", "确认交付节点", "王芳", "2026-06-20", "书面确认函"]]);
    const { host, doc, record } = await converted([para(), continued]);
    expect(record.actions).toHaveLength(3);
    const fewer = { ...record, actions: record.actions.slice(0, 2) };
    const first = await writeAndRead(host, doc, fewer);
    expect(withoutAdoption(first.read.record)).toEqual(withoutAdoption(fewer));
    expect(tablesOf(host)).toHaveLength(2);
    const more = { ...fewer, actions: [...fewer.actions, item("召开复盘会", "张伟", "2026-06-30")] };
    const second = await writeAndRead(host, doc, more);
    expect(withoutAdoption(second.read.record)).toEqual(withoutAdoption(more));
    expect(rowsOf(tablesOf(host)[1]).map((r) => r[0])).toEqual(["序号", "1", "2", "3"]);
  });

  it("writes a value the pane gives to an empty cell of an item row (wrapping it), and reads it back", async () => {
    const { host, doc, record } = await converted();
    expect(host.tags()).not.toContain(fieldTag("r-adopt-1", "actions[1].deliverable"));
    const edited = { ...record, actions: [record.actions[0], { ...record.actions[1], deliverable: "修订后的推广时间表", cc: ["市场部"] }] };
    const { writeSyncs, read } = await writeAndRead(host, doc, edited);
    expect(writeSyncs).toBe(3);
    expect(withoutAdoption(read.record)).toEqual(withoutAdoption(edited));
    expect(rowsOf(tablesOf(host)[1])[2]).toEqual(["2", "更新推广计划", "周强", "2026-06-19", "修订后的推广时间表"]);
    expect(host.tags()).toContain(fieldTag("r-adopt-1", "actions[1].deliverable"));
  });

  it("does not rewrite the table for a field the form has no column for (抄送): it stays in the stored record", async () => {
    const { host, doc, record } = await converted();
    const edited = { ...record, actions: [record.actions[0], { ...record.actions[1], cc: ["市场部"] }] };
    const depth = host.undoDepth;
    const { writeSyncs, read } = await writeAndRead(host, doc, edited);
    expect(writeSyncs).toBe(2);
    expect(host.undoDepth).toBe(depth);
    expect(withoutAdoption(read.record)).toEqual(withoutAdoption(edited));
  });

  it("a kept row keeps its tags and text when only other rows change", async () => {
    const { host, doc, record } = await converted();
    const before = tablesOf(host)[1].rows[1];
    const uids = before.cells.map((c) => cellControl(c)?.cc.uid);
    await doc.writeRecord({ ...record, actions: [...record.actions, item("确认交付节点", "王芳", "2026-06-20")] });
    // The table was rebuilt from its own OOXML: the kept row's texts are the same, its tags unchanged.
    const after = tablesOf(host)[1].rows[1];
    expect(after.cells.map((c) => blocksText(c.blocks))).toEqual(ACTIONS[1]);
    expect(after.cells.map(cellTag)).toEqual(before.cells.map(cellTag));
    expect(uids.filter(Boolean)).toHaveLength(4);
  });
});
