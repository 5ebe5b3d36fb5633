import { describe, expect, it } from "vitest";
import { paragraph, table, type DocBlock } from "./blocks";
import { adoptionCells, itemRows, matchItems, readAdoption, rereadAdopted, withAdoption, type AdoptedCell } from "./adoption";
import { recogniseRecord } from "./recognise";
import { emptyAction, emptyRecord } from "../record/record";

const form: DocBlock[] = [
  paragraph("沟通协调记录表"),
  table([
    ["基本信息", "内容"],
    ["沟通主题:", "项目研发阶段延期协调会"],
    ["沟通时间", "2026年6月8日 14:00至15:00"],
    ["沟通类型", "□内部沟通 ■外部沟通(外部单位:某供应商)"],
    ["主导人", "(姓名:张伟 工号:A1023 联系方式:13800001023)"],
    ["记录人:陈静", ""],
    [{ text: "核心讨论点", vMerge: "restart" }, "1.延期具体时长"],
    [{ text: "", vMerge: "continue" }, "2.生产部物料准备"],
  ]),
  table([
    ["事项", "负责人", "完成时限", "交付标准", "备注"],
    ["提交物料需求清单", "李娜", "6月12日前", "输出物料需求清单", "急"],
  ]),
];

function adopted() {
  const recognition = recogniseRecord(form);
  const cells = [...adoptionCells(recognition, form, 1), ...adoptionCells(recognition, form, 2)];
  return { record: withAdoption({ ...recognition.record, id: "r1" }, { source: "recognised", cells }), cells };
}

function textsWith(changes: Record<string, string>, nth = 0): string[] {
  const { cells } = adopted();
  const seen = new Map<string, number>();
  return cells.map((c) => {
    const n = seen.get(c.path) ?? 0;
    seen.set(c.path, n + 1);
    return c.path in changes && n === nth ? changes[c.path] : c.text;
  });
}

describe("which cells are wrapped", () => {
  it("takes the value cells, one per cell, grouped by field, not the cells holding their own label", () => {
    expect(adopted().cells.map((c) => [c.path, c.row, c.cell])).toEqual([
      ["topic", 1, 1],
      ["time", 2, 1],
      ["kind", 3, 1],
      ["lead", 4, 1],
      ["discussionPoints", 6, 1],
      ["discussionPoints", 7, 1],
      ["actions[0].task", 1, 0],
      ["actions[0].owner", 1, 1],
      ["actions[0].deadline", 1, 2],
      ["actions[0].deliverable", 1, 3],
      ["actions[0].备注", 1, 4],
    ]);
    expect(adopted().cells[0]).toEqual({ path: "topic", label: "沟通主题", row: 1, cell: 1, text: "项目研发阶段延期协调会" });
  });

  it("wraps nothing outside the table asked for", () => {
    const recognition = recogniseRecord(form);
    expect(adoptionCells(recognition, form, 0)).toEqual([]);
  });
});

describe("reading an adopted form back", () => {
  it("keeps the stored record while no cell changed", () => {
    const { record } = adopted();
    expect(rereadAdopted(record, textsWith({}))).toEqual({ record, changed: [] });
  });

  it("reads a changed time cell again", () => {
    const { record, changed } = rereadAdopted(adopted().record, textsWith({ time: "2026年6月9日 09:00至10:00" }));
    expect([record.date, record.start, record.end]).toEqual(["2026-06-09", "09:00", "10:00"]);
    expect(changed).toEqual(["time"]);
    expect(record.lead.name).toBe("张伟");
    expect(readAdoption(record)?.cells[1].text).toBe("2026年6月9日 09:00至10:00");
  });

  it("keeps a list written over several rows whole when one row changes", () => {
    const { record } = rereadAdopted(adopted().record, textsWith({ discussionPoints: "2.生产部物料采购" }, 1));
    expect(record.discussionPoints).toEqual(["延期具体时长", "生产部物料采购"]);
  });

  it("reads the kind and its external unit from their shared cell", () => {
    const { record } = rereadAdopted(adopted().record, textsWith({ kind: "☑内部沟通 □外部沟通(外部单位:____)" }));
    expect([record.kind, record.externalUnit]).toEqual(["internal", ""]);
  });

  it("reads a changed action cell, an extra column under its header", () => {
    const { record, changed } = rereadAdopted(adopted().record, textsWith({ "actions[0].owner": "王强", "actions[0].备注": "不急" }));
    expect(record.actions[0]).toMatchObject({ owner: "王强", task: "提交物料需求清单", 备注: "不急" });
    expect(changed.sort()).toEqual(["actions[0].owner", "actions[0].备注"]);
  });

  it("leaves a record without adoption as it is", () => {
    const record = emptyRecord();
    expect(rereadAdopted(record, ["x"])).toEqual({ record, changed: [] });
  });

  it("reads malformed adoption data without throwing", () => {
    expect(readAdoption({ ...emptyRecord(), adoption: { cells: [null, { path: 3 }, { path: "topic" }] } })).toEqual({
      source: "recognised",
      cells: [{ path: "topic", label: "", row: -1, cell: -1, text: "" }],
    });
    expect(readAdoption({ ...emptyRecord(), adoption: "x" })).toBeUndefined();
  });
});


describe("rows of the action items, for items added or removed in the pane", () => {
  const action = (task: string, owner = "") => ({ ...emptyAction(), task, owner });

  it("finds one row per item, in item order", () => {
    const { cells, record } = adopted();
    expect(itemRows(cells, record.actions)).toEqual({ rows: [{ index: 0, table: 0, row: 1 }], emptySlot: false });
  });

  it("says no when the items are not one per row: fewer rows than items, items typed as lines of one cell", () => {
    const { cells, record } = adopted();
    expect(itemRows(cells, [...record.actions, action("x")])).toBeUndefined();
    const lines: AdoptedCell[] = [{ path: "actions[0].task", label: "待办事项", row: 4, cell: 1, text: "1.提交物料需求清单" }];
    expect(itemRows(lines, [action("提交物料需求清单")])).toBeUndefined();
    // A column headed 事项 with only the task filled in is a row of the table.
    expect(itemRows([{ ...lines[0], label: "事项" }], [action("提交物料需求清单")])?.rows).toHaveLength(1);
    const split: AdoptedCell[] = [
      { path: "actions[0].task", label: "事项", row: 1, cell: 0, text: "a" },
      { path: "actions[0].owner", label: "负责人", row: 2, cell: 1, text: "b" },
    ];
    expect(itemRows(split, [action("a", "b")])).toBeUndefined();
  });

  it("takes the one empty row left after the last item went as a slot", () => {
    const empty: AdoptedCell[] = [
      { path: "actions[0].task", label: "事项", table: 1, row: 1, cell: 0, text: "" },
      { path: "actions[0].owner", label: "负责人", table: 1, row: 1, cell: 1, text: "" },
    ];
    expect(itemRows(empty, [])).toEqual({ rows: [{ index: 0, table: 1, row: 1 }], emptySlot: true });
    expect(itemRows([{ ...empty[0], text: "x" }], [])).toBeUndefined();
  });
});

describe("which old item each new item keeps", () => {
  it("keeps equal items in place, drops removed ones, leaves added ones new", () => {
    expect(matchItems(["a", "b", "c"], ["a", "c"])).toEqual([0, 2]);
    expect(matchItems(["a", "b"], ["a", "b", "x", "y"])).toEqual([0, 1, undefined, undefined]);
    expect(matchItems(["a", "b"], ["x", "a", "b"])).toEqual([undefined, 0, 1]);
    expect(matchItems(["a"], [])).toEqual([]);
  });

  it("pairs an edited item with its old row, in order between unchanged ones", () => {
    expect(matchItems(["a", "b", "c"], ["a", "B", "c"])).toEqual([0, 1, 2]);
    expect(matchItems(["a", "b", "c"], ["a", "B", "x", "c"])).toEqual([0, 1, undefined, 2]);
    expect(matchItems(["a", "b", "c", "d"], ["A", "d"])).toEqual([0, 3]);
  });
});
