// Issue 11, .docx: the hand-filled forms of test/fixtures/forms.ts written as real .docx files (by the
// `docx` library, and one by python-docx as another producer), read back through src/ooxml/read-docx
// and recognised: every field of the five example records in every style, unmapped labels reported.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser, XMLSerializer, type Element } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { paragraph, table } from "../src/domain/recognise/blocks";
import { fieldsOf, parseRecord, type CcrRecord } from "../src/domain/record/record";
import { recogniseRecord } from "../src/domain/recognise/recognise";
import { adoptSpanOoxml, readFormOoxml } from "../src/ooxml/adopt-form";
import { readDocx } from "../src/ooxml/read-docx";
import { W_NS } from "../src/ooxml/wordml";
import { readAdoptedControls } from "../src/form/adopted";
import { FORM_STYLES, renderForm } from "./fixtures/forms";
import { formDocx } from "./support/forms-docx";
import { describeWithTools } from "./support/tools";

const EXAMPLES = EXAMPLES_DIR;

function example(name: string): CcrRecord {
  const parsed = parseRecord(readFileSync(join(EXAMPLES, name), "utf8"));
  if (!parsed.ok) throw new Error(name);
  return parsed.record;
}

function comparable(record: CcrRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) out[key] = fieldsOf(record)[key];
  out.participants = record.participants
    .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== "")))
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));
  return out;
}

function recogniseDocx(bytes: Uint8Array) {
  const read = readDocx(bytes);
  if (!read.ok) throw new Error(read.error.en);
  expect(read.content.controls).toEqual([]);
  return recogniseRecord(read.content.blocks);
}

describe("hand-filled forms as .docx files", () => {
  const names = readdirSync(EXAMPLES).filter((n) => n.endsWith(".json"));
  for (const name of names) {
    for (const style of FORM_STYLES) {
      it(`${name}, ${style} style: every field recognised from the .docx`, async () => {
        const expected = example(name);
        const { record, report, isForm } = recogniseDocx(await formDocx(renderForm(expected, style)));
        expect(isForm).toBe(true);
        expect(comparable(record)).toEqual(comparable(expected));
        expect(report.notes).toEqual([]);
        expect(report.unmapped).toEqual([]);
      });
    }
  }

  it("reports the labels a .docx form has that the record does not", async () => {
    const bytes = await formDocx([
      paragraph("沟通协调记录表"),
      table([
        ["沟通主题:", "项目研发阶段延期协调会"],
        ["会议编号:", "HY-2026-018"],
        ["沟通时间:", "2026年6月8日 14:00至15:00"],
        ["记录人:", "(例:陈静)"],
      ]),
      table([
        ["事项", "责任人", "截止时间", "交付标准", "备注"],
        ["提交物料需求清单", "李娜", "6月12日前", "输出物料需求清单", "急"],
      ]),
    ]);
    const { record, report } = recogniseDocx(bytes);
    expect(report.unmapped.map((u) => [u.label, u.text, u.source])).toEqual([
      ["会议编号", "HY-2026-018", { block: 1, row: 1, cell: 0 }],
      ["备注", "", { block: 2, row: 0, cell: 4 }],
    ]);
    expect(report.unfilled.map((u) => u.path)).toEqual(["recorder"]);
    expect(record.actions[0]).toMatchObject({ owner: "李娜", 备注: "急" });
  });
});

// The guide's layout as python-docx writes it: merged label cells made with cell.merge(), the
// value of 沟通类型 with ■, 核心讨论点 as paragraphs of one cell.
const PY_FORM = String.raw`
import sys, docx
d = docx.Document()
d.add_paragraph("沟通协调记录表")
rows = [
  ("基本信息", "内容"),
  ("沟通主题", "供应商交付周期及质量标准确认会"),
  ("沟通时间", "2026年7月2日 10:00至11:30"),
  ("沟通地点/方式", "腾讯会议"),
  ("沟通类型", "□内部沟通 ■外部沟通(外部单位:苏州某精密部件有限公司)"),
  ("主导人", "(姓名:刘洋 工号:B2201 联系方式:13900002201)"),
  ("参与人员", "(内部:孙婷(部门:质量部);外部:王强(单位:苏州某精密部件有限公司,职务:销售经理))"),
  ("沟通内容摘要", ""),
  ("背景与事由", "三季度订单量上升30%,需确认供应商产能与交付周期"),
  ("核心讨论点", "1.交付周期"),
  ("", "2.来料检验标准"),
]
t = d.add_table(rows=len(rows), cols=2)
for i, (a, b) in enumerate(rows):
    t.cell(i, 0).text = a
    t.cell(i, 1).text = b
t.cell(7, 0).merge(t.cell(7, 1)).text = "沟通内容摘要"
t.cell(9, 0).merge(t.cell(10, 0))
t.cell(9, 0).paragraphs[0].text = "核心讨论点"
d.add_paragraph("")
a = d.add_table(rows=2, cols=4)
for i, h in enumerate(["负责人", "事项内容", "完成时限", "交付标准"]): a.cell(0, i).text = h
for i, v in enumerate(["王强", "出具盖章交付计划函", "2026年7月8日前", "供应商出具加盖公章的三季度交付计划函扫描件"]): a.cell(1, i).text = v
d.save(sys.argv[1])
`;
import { EXAMPLES_DIR } from "./support/records";

describeWithTools(["pythonDocx"], "a form written by python-docx", () => {
  it("is recognised with its merged cells", () => {
    const dir = mkdtempSync(join(tmpdir(), "ccr-adopt-"));
    const script = join(dir, "form.py");
    const file = join(dir, "form.docx");
    writeFileSync(script, PY_FORM);
    execFileSync("/usr/bin/python3", [script, file]);
    const { record, report, isForm } = recogniseDocx(new Uint8Array(readFileSync(file)));
    expect(isForm).toBe(true);
    expect(record).toMatchObject({
      topic: "供应商交付周期及质量标准确认会",
      date: "2026-07-02",
      start: "10:00",
      end: "11:30",
      place: "腾讯会议",
      kind: "external",
      externalUnit: "苏州某精密部件有限公司",
      lead: { name: "刘洋", staffNo: "B2201", contact: "13900002201", dept: "" },
      participants: [
        { name: "孙婷", side: "internal", dept: "质量部" },
        { name: "王强", side: "external", unit: "苏州某精密部件有限公司", title: "销售经理" },
      ],
      background: "三季度订单量上升30%,需确认供应商产能与交付周期",
      discussionPoints: ["交付周期", "来料检验标准"],
      actions: [{ task: "出具盖章交付计划函", owner: "王强", deadline: "2026年7月8日前", deliverable: "供应商出具加盖公章的三季度交付计划函扫描件" }],
    });
    expect(report.unmapped).toEqual([]);
  });
});

// 转换为 ccr 记录 on the same .docx files: the OOXML of the form's span of tables (what Word's
// Range.getOoxml gives), wrapped by src/ooxml/adopt-form.ts, put back into the file and read again.
describe("converting the hand-filled .docx forms (OOXML of the span of tables)", () => {
  const elements = (parent: Element) => Array.from(parent.childNodes).filter((n) => n.nodeType === 1) as Element[];

  /** The document's body, and the span from its first table to its last as Word's getOoxml would give it. */
  function span(documentXml: string) {
    const doc = new DOMParser().parseFromString(documentXml, "text/xml");
    const body = doc.getElementsByTagNameNS(W_NS, "body")[0] as unknown as Element;
    const children = elements(body);
    const first = children.findIndex((e) => e.localName === "tbl");
    const last = children.length - 1 - [...children].reverse().findIndex((e) => e.localName === "tbl");
    const xml = children.slice(first, last + 1).map((e) => new XMLSerializer().serializeToString(e)).join("");
    const ooxml =
      '<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
      '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
      `<w:document xmlns:w="${W_NS}"><w:body>${xml}<w:p/><w:sectPr/></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
    return { doc, body, children, first, last, ooxml };
  }

  for (const style of FORM_STYLES.filter((s) => s !== "paragraphs")) {
    it(`${style} style: controls around exactly the value cells, every character kept, read back unchanged`, async () => {
      const bytes = await formDocx(renderForm(example("project-delay.json"), style));
      const files = unzipSync(bytes);
      const { doc, body, children, first, last, ooxml } = span(strFromU8(files["word/document.xml"]));

      const form = readFormOoxml(ooxml);
      const original = readDocx(bytes);
      if (!original.ok) throw new Error(original.error.en);
      // The span's tables read as the file's tables do.
      expect(form.tables).toEqual(original.content.blocks.filter((b) => b.kind === "table"));

      const adoption = adoptSpanOoxml(ooxml, "r1");
      if (!adoption.isForm) throw new Error("not recognised as a form");
      const { cells, record, ooxml: adopted } = adoption;
      // Put the adopted span back in place of the original one and write the file again.
      const root = new DOMParser().parseFromString(adopted, "text/xml").getElementsByTagNameNS(W_NS, "sdt")[0];
      body.insertBefore(doc.importNode(root, true), children[first]);
      for (const el of children.slice(first, last + 1)) body.removeChild(el);
      files["word/document.xml"] = strToU8(new XMLSerializer().serializeToString(doc));
      const back = readDocx(zipSync(files));
      if (!back.ok) throw new Error(back.error.en);

      expect(back.content.blocks.map(stripControls)).toEqual(original.content.blocks.map(stripControls));
      expect(back.content.controls.map((c) => c.tag)).toEqual(["ccr:r1", ...cells.map((c) => `ccr:r1:${c.path}`)]);
      const reading = readAdoptedControls(record, back.content.controls);
      expect(reading.changed).toEqual([]);
      expect(reading.record).toEqual(record);
    });
  }
});

/** A block without the controls the reader found in it (their text is the cells' text). */
function stripControls<B extends object>(block: B): B {
  return JSON.parse(JSON.stringify(block, (k, v) => (k === "controls" ? undefined : v))) as B;
}
