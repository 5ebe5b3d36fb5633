// A hand-filled 沟通协调记录表 in the fake Word (no content controls), as 转换为 ccr 记录 finds it:
// used by the adoption tests of the adapter and of the pane.
import { FakeWordHost, textBlocks, type Block, type Cell, type Table } from "../fake-word";

/** The label/value rows of a hand-filled form. */
export const HAND_FILLED_FORM = [
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

export function fakeTable(rows: string[][]): Table {
  return {
    kind: "tbl",
    rows: rows.map((cells) => ({ kind: "tr", header: false, cantSplit: false, cells: cells.map((text): Cell => ({ kind: "tc", blocks: textBlocks(text) })) })),
  };
}

/** A document holding the form's table under a title, the cursor in the value cell of its second row. */
export function documentWith(rows: string[][]): { host: FakeWordHost; table: Table } {
  const table = fakeTable(rows);
  const body: Block[] = [{ kind: "p", inlines: [{ kind: "t", text: "沟通协调记录表" }] }, table, { kind: "p", inlines: [] }];
  const host = new FakeWordHost({ body });
  const cell = table.rows[1].cells[1].blocks[0];
  if (cell.kind === "p") host.selection = cell;
  return { host, table };
}
