import { DOMParser, XMLSerializer, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { itemRows, readAdoption } from "../domain/recognise/adoption";
import { emptyAction, type ActionItem } from "../domain/record/record";
import { adoptFormOoxml, adoptSpanOoxml, readFormOoxml, rewriteActionTables } from "./adopt-form";
import { W_NS } from "./wordml";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

/** What Word's Range.getOoxml() gives: a flat-OPC package, the range's body, an empty paragraph and the section. */
function wordPackage(bodyXml: string): string {
  return (
    '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' +
    `<pkg:package xmlns:pkg="${PKG}">` +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml" pkg:padding="512"><pkg:xmlData>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' +
    "</pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
    `<w:document xmlns:w="${W_NS}" xmlns:w14="${W14}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"><w:body>` +
    bodyXml +
    '<w:p w14:paraId="7A1B2C3D" w14:textId="77777777"/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>' +
    "</w:body></w:document></pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData>' +
    `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="Cell"><w:name w:val="Cell"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style></w:styles>` +
    "</pkg:xmlData></pkg:part></pkg:package>"
  );
}

const run = (text: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (content: string, id: string, pPr = '<w:pPr><w:pStyle w:val="Cell"/><w:jc w:val="left"/></w:pPr>') =>
  `<w:p w14:paraId="${id}" w14:textId="77777777" w:rsidR="00A1">${pPr}${content}</w:p>`;
const cell = (content: string, tcPr = '<w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>') => `<w:tc>${tcPr}${content}</w:tc>`;
const row = (cells: string, id: string) => `<w:tr w14:paraId="${id}"><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`;
const TBL_PR = '<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8306" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="6306"/></w:tblGrid>';

/** A hand-typed form: runs split mid-word by Word's editing history, bold and coloured runs, a merged label, bookmarks. */
const FORM_BODY =
  `<w:tbl>${TBL_PR}` +
  row(cell(paragraph(run("沟通", "<w:b/>") + '<w:proofErr w:type="spellStart"/>' + run("主题", "<w:b/>") + '<w:proofErr w:type="spellEnd"/>', "10000001")) +
    cell(paragraph('<w:bookmarkStart w:id="0" w:name="topic"/>' + run("项目研发", '<w:rFonts w:eastAsia="楷体"/><w:color w:val="C00000"/>') + run("阶段延期协调会 ", '<w:rFonts w:eastAsia="楷体"/>') + '<w:bookmarkEnd w:id="0"/>', "10000002"), '<w:tcPr><w:tcW w:w="6306" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/></w:tcPr>'), "20000001") +
  row(cell(paragraph(run("沟通时间"), "10000003")) + cell(paragraph(run("2026年6月8日 14:00至15:00"), "10000004")), "20000002") +
  row(cell(paragraph(run("记录人"), "10000005")) + cell(paragraph(run("陈静") + "<w:r><w:tab/></w:r>" + run("&amp;&lt;记录&gt;"), "10000006")), "20000003") +
  row(cell('<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' + paragraph(run("核心讨论点"), "10000007"), "") + cell(paragraph(run("1.延期具体时长"), "10000008")), "20000004") +
  row(cell('<w:tcPr><w:vMerge/></w:tcPr><w:p/>', "") + cell(paragraph(run("2.生产部物料准备"), "10000009")), "20000005") +
  "</w:tbl>" +
  paragraph(run("待办事项", "<w:b/>"), "1000000A", "") +
  `<w:tbl>${TBL_PR}` +
  row(["序号", "事项", "负责人", "完成时限"].map((h, i) => cell(paragraph(run(h, "<w:b/>"), `3000000${i}`), '<w:tcPr><w:shd w:val="clear" w:fill="D9D9D9"/></w:tcPr>')).join(""), "40000001") +
  row(["1.", "提交物料需求清单", "李娜", "6月12日前"].map((v, i) => cell(paragraph(run(v, '<w:color w:val="1F3864"/>'), `5000000${i}`))).join(""), "40000002") +
  row(["2.", "更新推广计划", "周强", "6月19日前"].map((v, i) => cell(paragraph(run(v, '<w:color w:val="1F3864"/>'), `6000000${i}`))).join(""), "40000003") +
  "</w:tbl>";

function parse(xml: string) {
  return new DOMParser().parseFromString(xml, "text/xml");
}

function body(xml: string): Element {
  return parse(xml).getElementsByTagNameNS(W_NS, "body")[0] as unknown as Element;
}

function elements(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter((n) => n.nodeType === 1) as Element[];
}

function tagOf(sdt: Element): string {
  const pr = elements(sdt).find((e) => e.localName === "sdtPr")!;
  return elements(pr).find((e) => e.localName === "tag")?.getAttributeNS(W_NS, "val") ?? "";
}

/** The XML with every ccr control taken away (its content left in its place). */
function withoutCcrControls(root: Element): string {
  for (const sdt of Array.from(root.getElementsByTagNameNS(W_NS, "sdt")).reverse() as Element[]) {
    if (!tagOf(sdt).startsWith("ccr:")) continue;
    const content = elements(sdt).find((e) => e.localName === "sdtContent")!;
    for (const child of elements(content)) sdt.parentNode!.insertBefore(child, sdt);
    sdt.parentNode!.removeChild(sdt);
  }
  return new XMLSerializer().serializeToString(root);
}

function adoptPlan(ooxml: string) {
  const span = adoptSpanOoxml(ooxml, "r1");
  if (!span.isForm) throw new Error("not recognised as a form");
  return { ...span, form: readFormOoxml(ooxml) };
}

describe("adoptSpanOoxml: a hand-typed form's span wrapped in ccr controls", () => {
  const input = wordPackage(FORM_BODY);
  const { recognition, cells, form, ooxml: output, record } = adoptPlan(input);

  it("gives the recognised record with its id and the adopted cells", () => {
    expect(record.id).toBe("r1");
    expect(readAdoption(record)?.cells).toEqual(cells);
  });

  it("says when the span is not a form, wrapping nothing", () => {
    const notForm = adoptSpanOoxml(wordPackage(`<w:tbl><w:tr><w:tc>${run("甲")}</w:tc><w:tc>${run("乙")}</w:tc></w:tr></w:tbl>`), "r1");
    expect(notForm.isForm).toBe(false);
  });

  it("recognises the form from the OOXML (values split over runs read whole)", () => {
    expect(form.tables).toHaveLength(2);
    expect(recognition.record).toMatchObject({ topic: "项目研发阶段延期协调会", recorder: "陈静\t&<记录>", discussionPoints: ["延期具体时长", "生产部物料准备"] });
    expect(recognition.record.actions.map((a) => a.owner)).toEqual(["李娜", "周强"]);
    expect(cells.map((c) => c.path)).toEqual([
      "topic",
      "time",
      "recorder",
      "discussionPoints",
      "discussionPoints",
      "actions[0].task",
      "actions[0].owner",
      "actions[0].deadline",
      "actions[1].task",
      "actions[1].owner",
      "actions[1].deadline",
    ]);
  });

  it("adds controls and nothing else: every run, property, bookmark and character of the span is as it was", () => {
    const span = body(input);
    // The span is the two tables and the paragraph between them; Word's empty paragraph and w:sectPr are not part of it.
    for (const el of elements(span).slice(3)) span.removeChild(el);
    const adopted = body(output);
    expect(elements(adopted)).toHaveLength(1);
    const root = elements(adopted)[0];
    expect(root.localName).toBe("sdt");
    expect(tagOf(root)).toBe("ccr:r1");
    expect(withoutCcrControls(adopted)).toBe(new XMLSerializer().serializeToString(span));
  });

  it("wraps exactly the value cells' content in controls inside the cells, the label as title (#1947, #950)", () => {
    const adopted = body(output);
    const controls = (Array.from(adopted.getElementsByTagNameNS(W_NS, "sdt")) as Element[]).filter((s) => tagOf(s) !== "ccr:r1");
    expect(controls.map(tagOf)).toEqual(cells.map((c) => `ccr:r1:${c.path}`));
    for (const sdt of controls) {
      const tc = sdt.parentNode as Element;
      expect(tc.localName).toBe("tc");
      expect(elements(tc).map((e) => e.localName)).toEqual(["tcPr", "sdt"]);
      const content = elements(sdt).find((e) => e.localName === "sdtContent")!;
      expect(elements(content).every((e) => e.localName === "p")).toBe(true);
      const pr = elements(sdt).find((e) => e.localName === "sdtPr")!;
      expect(elements(pr).map((e) => e.localName)).toEqual(["alias", "tag", "id"]);
    }
    const aliases = controls.map((s) => elements(elements(s)[0])[0].getAttributeNS(W_NS, "val"));
    expect(aliases.slice(0, 3)).toEqual(["沟通主题", "沟通时间", "记录人"]);
    const ids = (Array.from(adopted.getElementsByTagNameNS(W_NS, "sdtPr")) as Element[]).map((pr) => elements(pr).find((e) => e.localName === "id")!.getAttributeNS(W_NS, "val"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps the package's other parts (styles) as Word gave them", () => {
    const styles = (xml: string) => new XMLSerializer().serializeToString(parse(xml).getElementsByTagNameNS(W_NS, "styles")[0]);
    expect(styles(output)).toBe(styles(input));
    expect(output).toContain('<?mso-application progid="Word.Document"?>');
  });

  it("repairs LibreOffice 7.4's repeated text before wrapping and counts the paragraphs", () => {
    const copy = (text: string) => `<w:sdt><w:sdtPr><w:id w:val="9"/></w:sdtPr><w:sdtContent>${run(text)}</w:sdtContent></w:sdt>`;
    const damaged = FORM_BODY.replace(run("沟通时间"), copy("沟通时间") + copy("沟通时间沟通时间") + copy("沟通时间"));
    const plan = adoptPlan(wordPackage(damaged));
    expect(plan.form.libreOfficeRepairs).toBe(1);
    expect(plan.recognition.record.date).toBe("2026-06-08");
    const xml = adoptFormOoxml(wordPackage(damaged), { recordId: "r1", rootAlias: "x", cells: [] });
    expect(xml.match(/沟通时间/g)).toHaveLength(1);
  });
});

describe("rewriteActionTables: items added or removed in the pane", () => {
  const input = wordPackage(FORM_BODY);
  const plan = adoptPlan(input);
  const adopted = plan.ooxml;
  /** What Word gives for the action table's range once adopted: the table alone. */
  const actionTable = (() => {
    const tbl = body(adopted).getElementsByTagNameNS(W_NS, "tbl")[1];
    return wordPackage(new XMLSerializer().serializeToString(tbl));
  })();
  const prior = plan.recognition.record.actions;
  const item = (task: string, owner: string): ActionItem => ({ ...emptyAction(), task, owner, deadline: "6月30日前" });

  function rewrite(next: ActionItem[]) {
    const layout = itemRows(plan.cells, prior)!;
    return rewriteActionTables({
      recordId: "r1",
      lang: "zh",
      cells: plan.cells,
      rows: layout.rows,
      emptySlot: layout.emptySlot,
      prior,
      next,
      tables: new Map([[1, actionTable]]),
    });
  }

  function rowsOf(xml: string): Element[] {
    return Array.from(body(xml).getElementsByTagNameNS(W_NS, "tr")) as Element[];
  }
  const textOf = (el: Element) => (Array.from(el.getElementsByTagNameNS(W_NS, "t")) as Element[]).map((t) => t.textContent).join("");
  const cellsOf = (tr: Element) => Array.from(tr.getElementsByTagNameNS(W_NS, "tc")) as Element[];

  it("copies the last item row for a new item, keeping its formatting, with new text, number and tags", () => {
    const out = rewrite([...prior, item("确认交付节点", "王芳")]);
    const xml = out.tables.get(1)!;
    expect(elements(body(xml)).map((e) => e.localName)).toEqual(["tbl"]);
    const rows = rowsOf(xml);
    expect(rows.map((r) => cellsOf(r).map(textOf))).toEqual([
      ["序号", "事项", "负责人", "完成时限"],
      ["1.", "提交物料需求清单", "李娜", "6月12日前"],
      ["2.", "更新推广计划", "周强", "6月19日前"],
      ["3.", "确认交付节点", "王芳", "6月30日前"],
    ]);
    const copy = rows[3];
    // The copy carries the row's and the runs' formatting, not the paragraph ids (unique in a document).
    expect(copy.getElementsByTagNameNS(W_NS, "cantSplit")).toHaveLength(1);
    expect((Array.from(copy.getElementsByTagNameNS(W_NS, "color")) as Element[]).map((c) => c.getAttributeNS(W_NS, "val"))).toEqual(["1F3864", "1F3864", "1F3864", "1F3864"]);
    expect(copy.getElementsByTagNameNS(W_NS, "pStyle")).toHaveLength(4);
    expect(new XMLSerializer().serializeToString(copy)).not.toMatch(/paraId/);
    const tags = (Array.from(copy.getElementsByTagNameNS(W_NS, "tag")) as Element[]).map((t) => t.getAttributeNS(W_NS, "val"));
    expect(tags).toEqual(["ccr:r1:actions[2].task", "ccr:r1:actions[2].owner", "ccr:r1:actions[2].deadline"]);
    // The kept rows are byte for byte what they were.
    const before = rowsOf(actionTable);
    expect(new XMLSerializer().serializeToString(rows[1])).toBe(new XMLSerializer().serializeToString(before[1]));
    expect(new XMLSerializer().serializeToString(rows[2])).toBe(new XMLSerializer().serializeToString(before[2]));
    const ids = (Array.from(body(xml).getElementsByTagNameNS(W_NS, "sdtPr")) as Element[]).map((pr) => elements(pr).find((e) => e.localName === "id")!.getAttributeNS(W_NS, "val"));
    expect(new Set(ids).size).toBe(ids.length);
    expect(out.cells.filter((c) => c.path.startsWith("actions[2]"))).toEqual([
      { path: "actions[2].task", label: "事项", table: 1, row: 3, cell: 1, text: "确认交付节点" },
      { path: "actions[2].owner", label: "负责人", table: 1, row: 3, cell: 2, text: "王芳" },
      { path: "actions[2].deadline", label: "完成时限", table: 1, row: 3, cell: 3, text: "6月30日前" },
    ]);
    expect(out.cells.filter((c) => (c.table ?? 0) === 0)).toEqual(plan.cells.filter((c) => (c.table ?? 0) === 0));
  });

  it("drops the row of a removed item, renumbers and tags the rest again", () => {
    const out = rewrite([prior[1]]);
    const rows = rowsOf(out.tables.get(1)!);
    expect(rows.map((r) => cellsOf(r).map(textOf))).toEqual([
      ["序号", "事项", "负责人", "完成时限"],
      ["1.", "更新推广计划", "周强", "6月19日前"],
    ]);
    expect((Array.from(rows[1].getElementsByTagNameNS(W_NS, "tag")) as Element[]).map((t) => t.getAttributeNS(W_NS, "val"))).toEqual([
      "ccr:r1:actions[0].task",
      "ccr:r1:actions[0].owner",
      "ccr:r1:actions[0].deadline",
    ]);
    // The kept row's cells are the user's (the number cell's run properties kept, its text renumbered).
    expect((Array.from(rows[1].getElementsByTagNameNS(W_NS, "color")) as Element[]).length).toBe(4);
    expect(out.cells.filter((c) => c.path.startsWith("actions")).map((c) => [c.path, c.row])).toEqual([
      ["actions[0].task", 1],
      ["actions[0].owner", 1],
      ["actions[0].deadline", 1],
    ]);
  });

  it("pairs an edited item with its row: only the changed cell gets new text", () => {
    const edited = [prior[0], { ...prior[1], owner: "吴敏" }, item("确认交付节点", "王芳")];
    const rows = rowsOf(rewrite(edited).tables.get(1)!);
    expect(rows.map((r) => cellsOf(r).map(textOf)).slice(1)).toEqual([
      ["1.", "提交物料需求清单", "李娜", "6月12日前"],
      ["2.", "更新推广计划", "吴敏", "6月19日前"],
      ["3.", "确认交付节点", "王芳", "6月30日前"],
    ]);
  });

  it("renumbers only a column headed 序号, and clears other unmapped cells of a copy", () => {
    const other = wordPackage(FORM_BODY.replace(run("序号", "<w:b/>"), run("批次", "<w:b/>")));
    const p = adoptPlan(other);
    const xml = p.ooxml;
    const table = wordPackage(new XMLSerializer().serializeToString(body(xml).getElementsByTagNameNS(W_NS, "tbl")[1]));
    const layout = itemRows(p.cells, p.recognition.record.actions)!;
    const out = rewriteActionTables({
      recordId: "r1",
      lang: "zh",
      cells: p.cells,
      rows: layout.rows,
      emptySlot: false,
      prior: p.recognition.record.actions,
      next: [...p.recognition.record.actions, item("确认交付节点", "王芳")],
      tables: new Map([[1, table]]),
    });
    expect(rowsOf(out.tables.get(1)!).map((r) => textOf(cellsOf(r)[0]))).toEqual(["批次", "1.", "2.", ""]);
  });
});
