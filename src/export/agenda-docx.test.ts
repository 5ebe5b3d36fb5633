import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { inspectDocx, renderDocx } from "../../test/support/docx-inspect";
import { describeWithTools } from "../../test/support/tools";
import { defaultAgenda, updateAgendaItem } from "../domain/meeting/agenda";
import { exportAgendaDocx } from "./agenda-docx";
import { agendaContentXml } from "../ooxml/agenda";
import { sampleRecord } from "../../test/support/export-records";

function agendaRecord() {
  const record = { ...sampleRecord(), scenario: "project" as const };
  const agenda = updateAgendaItem(defaultAgenda(record), 0, { title: "延期情况", presenter: "技术部" });
  return { record, agenda };
}

describe("exportAgendaDocx (package)", () => {
  it("is A4 portrait with East Asian fonts and a header row on the items table", async () => {
    const { record, agenda } = agendaRecord();
    const files = unzipSync(await exportAgendaDocx(record, agenda));
    const xml = strFromU8(files["word/document.xml"]);
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
    expect(xml).not.toMatch(/w:orient="landscape"/);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(strFromU8(files["word/styles.xml"])).toMatch(/w:eastAsia="宋体"/);
  });

  it("holds the same WordprocessingML that 插入议程 puts into Word, with page numbers", async () => {
    const { record, agenda } = agendaRecord();
    const files = unzipSync(await exportAgendaDocx(record, agenda));
    const xml = strFromU8(files["word/document.xml"]);
    expect(xml).toContain(`<w:body>${agendaContentXml(record, agenda)}<w:sectPr>`);
    expect(xml).toMatch(/<w:footerReference [^>]*w:type="default"/);
    expect(strFromU8(files["word/footer1.xml"])).toContain("PAGE");
  });
});

describeWithTools(["pythonDocx"], "exportAgendaDocx opened by python-docx", () => {
  it("holds title, facts, the items table with total, materials and the opening statement", async () => {
    const { record, agenda } = agendaRecord();
    const doc = inspectDocx(await exportAgendaDocx(record, agenda));
    expect(doc.paragraphs.slice(0, 2)).toEqual(["会议议程", record.topic]);
    expect(doc.tables).toHaveLength(2);
    const facts = Object.fromEntries(doc.tables[0].rows.map((r) => r.cells));
    expect(facts["沟通时间"]).toBe("2026年6月8日 14:00至14:30（30分钟）");
    const items = doc.tables[1].rows;
    expect(items[0]).toMatchObject({ cells: ["序号", "议题", "汇报人", "时长"], header: true });
    expect(items[1].cells).toEqual(["1", "延期情况", "技术部", "8分钟"]);
    expect(items.at(-2)!.cells[1]).toBe("确认责任人、完成时限及交付标准");
    expect(items.at(-1)!.cells).toEqual(["", "合计", "", "30分钟"]);
    expect(doc.paragraphs).toContain("会前阅读材料");
    expect(doc.paragraphs).toContain("1．项目计划及当前进度表");
    expect(doc.paragraphs.at(-1)).toMatch(/^各位好，今天召开项目研发阶段延期协调会，预计30分钟，先请技术部说明延期情况/);
    expect(doc.sections[0]).toMatchObject({ width_mm: expect.closeTo(210, 0), height_mm: expect.closeTo(297, 0) });
  });
});

describeWithTools(["libreoffice", "pdftoppm", "cjkFonts"], "exportAgendaDocx rendered by LibreOffice", () => {
  it("renders the Chinese agenda on one page with CJK fonts", async () => {
    const { record, agenda } = agendaRecord();
    const { text, fonts, pngs } = renderDocx(await exportAgendaDocx(record, agenda), "agenda", 1);
    expect(pngs).toHaveLength(1);
    expect(fonts).toMatch(/CJK/);
    expect(text).toContain("会议议程");
    expect(text).toContain("汇报人");
    expect(text).toContain("确认责任人、完成时限及交付标准");
  });
});
