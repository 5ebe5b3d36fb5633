import { describe, expect, it } from "vitest";
import { describeWithTools } from "../../test/support/tools";
import { inspectDocx, renderDocx } from "../../test/support/docx-inspect";
import { unzipSync, strFromU8 } from "fflate";
import { actionTableFits, ENTERPRISE_THEME, exportActionsDocx } from "./actions-docx";
import { CELL_PADDING_TWIPS, textEm } from "./column-widths";
import { A4, mm } from "./docx-kit";
import { recordWithActions, sampleRecord } from "../../test/support/export-records";

describe("exportActionsDocx (package)", () => {
  it("writes a landscape A4 section whose table repeats its header row and never splits rows", async () => {
    const files = unzipSync(await exportActionsDocx(recordWithActions(3)));
    const xml = strFromU8(files["word/document.xml"]);
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="16838"[^>]*w:h="11906"/);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(4);
  });

  it("sizes the columns from their content: heads, dates with times and names stand on one line, the text columns get the rest", async () => {
    const record = recordWithActions(12, sampleRecord());
    record.actions.forEach((a) => (a.cc = []));
    const xml = strFromU8(unzipSync(await exportActionsDocx(record))["word/document.xml"]);
    const grid = [...xml.match(/<w:tblGrid>.*?<\/w:tblGrid>/)![0].matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(A4.height - 2 * mm(18));
    const em = ENTERPRISE_THEME.cellSize * 10;
    const fits = (text: string) => Math.ceil(textEm(text) * em) + CELL_PADDING_TWIPS;
    ["序号", "事项内容", "负责人", "责任部门", "完成时限", "交付标准", "抄送", "状态"].forEach((head, i) => expect(grid[i], head).toBeGreaterThanOrEqual(fits(head)));
    expect(grid[4]).toBeGreaterThanOrEqual(fits("2026年7月2日 17:00"));
    expect(grid[7]).toBeGreaterThanOrEqual(fits("进行中"));
    // 抄送 is empty in every row: no wider than its head and a character.
    expect(grid[6]).toBeLessThanOrEqual(fits("抄送") + em);
    expect(grid[1] + grid[5]).toBeGreaterThan(grid.reduce((a, b) => a + b, 0) / 2);
  });

  it("writes ISO dates in cells with no-break hyphens", async () => {
    const record = recordWithActions(1);
    record.actions[0].task = "按2026-07-01的会议要求提交";
    const xml = strFromU8(unzipSync(await exportActionsDocx(record))["word/document.xml"]);
    expect(xml).toContain("2026</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">07</w:t><w:noBreakHyphen/>");
  });

  it("tells when the table does not fit a portrait page in 五号, and that it fits a landscape one", () => {
    const record = recordWithActions(12, sampleRecord());
    expect(actionTableFits(record, A4.height - 2 * mm(18), ENTERPRISE_THEME)).toBe(true);
    expect(actionTableFits(record, mm(100), ENTERPRISE_THEME)).toBe(false);
  });

  it("sets East Asian and Latin fonts in the styles", async () => {
    const styles = strFromU8(unzipSync(await exportActionsDocx(recordWithActions(1)))["word/styles.xml"]);
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:eastAsia="黑体"/);
    expect(styles).toMatch(/w:ascii="Times New Roman"/);
  });
});

describeWithTools(["pythonDocx"], "exportActionsDocx opened by python-docx", () => {
  it("has the title with topic and date, the header row and every item's cells", async () => {
    const record = recordWithActions(5, sampleRecord());
    const doc = inspectDocx(await exportActionsDocx(record));
    expect(doc.paragraphs[0]).toBe("项目研发阶段延期协调会待办事项表");
    expect(doc.paragraphs[1]).toContain("2026年6月8日 14:00至14:30");
    expect(doc.tables).toHaveLength(1);
    const rows = doc.tables[0].rows;
    expect(rows[0].cells).toEqual(["序号", "事项内容", "负责人", "责任部门", "完成时限", "交付标准", "抄送", "状态"]);
    expect(rows[0].header).toBe(true);
    expect(rows.slice(1).every((r) => r.cantSplit && !r.header)).toBe(true);
    expect(rows).toHaveLength(6);
    expect(rows[2].cells.slice(0, 4)).toEqual(["2", record.actions[1].task, "周强", "市场部"]);
    expect(rows[2].cells[4]).toBe("2026年7月2日 17:00");
    expect(rows[1].cells[4]).toBe("2026年7月1日");
    expect(doc.sections[0].orientation).toContain("LANDSCAPE");
    expect(doc.headers[0]).toBe("项目研发阶段延期协调会");
    expect(doc.footers[0]).toMatch(/第 .* 页 \/ 共 .* 页/);
  });

  it("writes an English table for an English record", async () => {
    const doc = inspectDocx(await exportActionsDocx({ ...recordWithActions(1), lang: "en" }));
    expect(doc.tables[0].rows[0].cells[0]).toBe("No.");
    expect(doc.paragraphs[0]).toBe("Action items: 项目研发阶段延期协调会");
  });
});

describeWithTools(["libreoffice", "pdftoppm", "cjkFonts"], "exportActionsDocx rendered by LibreOffice", () => {
  it("renders on landscape pages with CJK fonts, the header row on the second page again", async () => {
    const { text, fonts, pngs } = renderDocx(await exportActionsDocx(recordWithActions(40)), "actions", 2);
    expect(pngs).toHaveLength(2);
    expect(fonts).toMatch(/CJK/);
    const pages = text.split("\f");
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[1]).toContain("事项内容");
    expect(pages[1]).toContain("交付标准");
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/);
  });
});
