import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { inspectDocx, renderDocx } from "../../test/support/docx-inspect";
import { describeWithTools } from "../../test/support/tools";
import { minutesContent } from "./minutes-content";
import { exportMinutesDocx } from "./minutes-docx";
import { recordWithActions, sampleRecord } from "../../test/support/export-records";

function external() {
  const r = recordWithActions(2);
  r.kind = "external";
  r.externalUnit = "某供应商";
  r.participants = [...r.participants, { name: "王强", side: "external", unit: "某供应商", title: "销售经理" }];
  r.formalLetter = { required: true, ref: "供函〔2026〕12号" };
  return r;
}

function withError() {
  const r = recordWithActions(2);
  r.actions[1].owner = "";
  return r;
}

describe("minutesContent", () => {
  it("is confirmed (no draft marking) for a record without error findings", () => {
    const c = minutesContent(recordWithActions(2));
    expect(c.draft).toBe(false);
    expect(c.title).toBe("项目研发阶段延期协调会纪要");
    expect(minutesContent({ ...recordWithActions(1), topic: "物料到货安排" }).title).toBe("物料到货安排会议纪要");
    expect(c.notice).toBe("请确认，如有异议请于6月11日前反馈。");
  });

  it("is a draft marked 征求意见稿 when the validator reports an error", () => {
    const c = minutesContent(withError());
    expect(c.draft).toBe(true);
    expect(c.title).toContain("征求意见稿");
    expect(c.gongwenTitle).toContain("征求意见稿");
  });

  it("names the formal letter of an external meeting and none for an internal one", () => {
    expect(minutesContent(external()).letterLine).toContain("供函〔2026〕12号");
    expect(minutesContent(recordWithActions(1)).letterLine).toBeNull();
    const pending = { ...external(), lang: "en" as const, formalLetter: { required: true, ref: "" } };
    expect(minutesContent(pending).letterLine).toBe("Confirmed by formal letter: reference to follow (stamped scan)");
  });

  it("lists absent and attending participants apart from those present", () => {
    const r = recordWithActions(1);
    r.participants = [
      { name: "李娜", side: "internal", dept: "生产部" },
      { name: "周强", side: "internal", dept: "市场部", attendance: "absent" },
      { name: "赵六", side: "internal", dept: "财务部", attendance: "attending" },
    ];
    const a = minutesContent(r).attendance;
    expect(a.present).toEqual(["张伟（技术部）", "李娜（生产部）"]);
    expect(a.absent).toEqual(["周强（市场部）"]);
    expect(a.attending).toEqual(["赵六（财务部）"]);
  });
});

describe("exportMinutesDocx (package)", () => {
  it("sets East Asian fonts and a font table that falls back to installed Chinese fonts", async () => {
    const files = unzipSync(await exportMinutesDocx(recordWithActions(2), { layout: "gongwen" }));
    const styles = strFromU8(files["word/styles.xml"]);
    expect(styles).toMatch(/<w:docDefaults>.*w:eastAsia="仿宋_GB2312".*<w:sz w:val="32"\/>/s);
    const fonts = strFromU8(files["word/fontTable.xml"]);
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    const document = strFromU8(files["word/document.xml"]);
    expect(document).toMatch(/<w:color w:val="FF0000"\/>|w:eastAsia="方正小标宋简体"/);
    expect(strFromU8(files["word/settings.xml"])).toContain("<w:evenAndOddHeaders/>");
  });

  it("shades no table cell in the 公文 layout (the enterprise layout keeps its grey header cells)", async () => {
    const gongwen = strFromU8(unzipSync(await exportMinutesDocx(recordWithActions(2), { layout: "gongwen" }))["word/document.xml"]);
    expect(gongwen).not.toContain("<w:shd");
    const enterprise = strFromU8(unzipSync(await exportMinutesDocx(recordWithActions(2)))["word/document.xml"]);
    expect(enterprise).toContain("<w:shd");
  });
});

describeWithTools(["pythonDocx"], "exportMinutesDocx opened by python-docx", () => {
  it("enterprise layout: facts, summary, action table with header row, the objection notice and the confirmation table", async () => {
    const record = recordWithActions(3);
    const doc = inspectDocx(await exportMinutesDocx(record));
    expect(doc.paragraphs[0]).toBe("项目研发阶段延期协调会纪要");
    expect(doc.paragraphs).toContain("请确认，如有异议请于6月11日前反馈。");
    expect(doc.paragraphs).toContain("1．延期具体时长");
    const [facts, actions, followUp, confirm] = doc.tables;
    expect(facts.rows[0].cells).toEqual(["沟通主题", "项目研发阶段延期协调会"]);
    expect(facts.rows.map((r) => r.cells[0])).toContain("参与人员");
    expect(actions.rows[0].cells).toEqual(["序号", "事项内容", "负责人", "责任部门", "完成时限", "交付标准", "抄送", "状态"]);
    expect(actions.rows[0].header).toBe(true);
    expect(actions.rows).toHaveLength(4);
    expect(followUp.rows.map((r) => r.cells)).toContainEqual(["异议反馈截止", "2026年6月11日"]);
    expect(confirm.rows[0].cells).toEqual(["参与方", "确认", "日期", "备注"]);
    expect(confirm.rows[1].cells).toEqual(["李娜", "已确认", "2026年6月10日", ""]);
    expect(doc.sections[0].orientation).toContain("PORTRAIT");
    expect(doc.headers[0]).toBe("项目研发阶段延期协调会");
    expect(doc.footers[0]).toMatch(/第 .* 页 \/ 共 .* 页/);
    expect(doc.eastAsiaFonts).toEqual(expect.arrayContaining(["宋体", "黑体"]));
  });

  it("marks a draft in the title and the header", async () => {
    const doc = inspectDocx(await exportMinutesDocx(withError()));
    expect(doc.paragraphs[0]).toContain("征求意见稿");
    expect(doc.headers[0]).toContain("征求意见稿");
  });

  it("writes the formal-letter line of an external meeting", async () => {
    const doc = inspectDocx(await exportMinutesDocx(external()));
    expect(doc.paragraphs.some((p) => p.includes("函件编号 供函〔2026〕12号"))).toBe(true);
  });

  it("writes English minutes for an English record", async () => {
    const doc = inspectDocx(await exportMinutesDocx({ ...recordWithActions(1), lang: "en" }));
    expect(doc.paragraphs[0]).toBe("Minutes: 项目研发阶段延期协调会");
    expect(doc.paragraphs).toContain("Please confirm; send any objection by 11 June 2026.");
    expect(doc.tables.some((t) => t.rows[0].cells[0] === "No.")).toBe(true);
    expect(doc.paragraphs.some((p) => /^Recorder: .*Reviewed by: .*Date: /.test(p))).toBe(true);
    expect(doc.footers[0]).toMatch(/Page .* of /);
  });

  it("enterprise layout: a titled 参会方确认 block, the sign-off line, 分送 and 抄送", async () => {
    const record = recordWithActions(2);
    record.actions[0].cc = ["总经理办公室"];
    const doc = inspectDocx(await exportMinutesDocx(record));
    const confirmAt = doc.paragraphs.findIndex((p) => p.endsWith("参会方确认"));
    expect(confirmAt).toBeGreaterThan(0);
    const signOff = doc.paragraphs.find((p) => p.startsWith("记录人："));
    expect(signOff).toMatch(/^记录人：\S+\u3000\u3000审核人：\S+\u3000\u3000日期：\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(doc.paragraphs.find((p) => p.startsWith("分送："))).toContain("生产部");
    expect(doc.paragraphs.find((p) => p.startsWith("抄送："))).toContain("总经理办公室");
  });

  it("puts an action table too wide for a portrait page into a landscape attachment and says so in the text", async () => {
    const record = recordWithActions(2);
    record.actions.forEach((a) => (a.deliverable = "《项目研发阶段调整后计划书》V2.0（PDF，含甘特图、里程碑与风险清单，经部门负责人签字）"));
    record.actions[0].ownerDept = "信息技术与数字化转型部";
    record.actions[0].owner = "欧阳明远、司马青云、诸葛亮";
    for (const layout of ["enterprise", "gongwen"] as const) {
      const doc = inspectDocx(await exportMinutesDocx(record, { layout }));
      expect(doc.sections.map((s) => s.orientation)).toEqual([expect.stringContaining("PORTRAIT"), expect.stringContaining("LANDSCAPE")]);
      expect(doc.paragraphs.some((p) => p.includes("见附件"))).toBe(true);
    }
  });

  it("公文 layout: 一、二、… parts, no follow-up or confirmation tables, our responses as an attachment named in 附件说明", async () => {
    const record = external();
    record.responses = ["我方承诺6月20日前提供技术方案"];
    const doc = inspectDocx(await exportMinutesDocx(record, { layout: "gongwen" }));
    expect(doc.paragraphs.some((p) => /^一、/.test(p))).toBe(true);
    expect(doc.tables.map((t) => t.rows[0].cells[0])).toEqual(["序号"]);
    expect(doc.paragraphs.some((p) => /^[一二三四五六七八九十]+、我方回应/.test(p))).toBe(false);
    // At 4号 an eight-column table never fits 156 mm: it is 附件1, our responses 附件2.
    expect(doc.paragraphs.find((p) => p.startsWith("附件："))).toBe("附件：1．会议议定事项分工表");
    expect(doc.paragraphs.some((p) => p.trim() === "2．我方回应及承诺事项")).toBe(true);
    expect(doc.paragraphs.at(-1)).toBe("1．我方承诺6月20日前提供技术方案");
    expect(doc.paragraphs.some((p) => p.startsWith("出席："))).toBe(true);
  });

  it("公文 layout: GB/T 9704 margins, 纪要 title, 出席 line, dashed page numbers on odd and even pages", async () => {
    const doc = inspectDocx(await exportMinutesDocx(recordWithActions(2), { layout: "gongwen" }));
    const s = doc.sections[0];
    expect(s.top_mm).toBeCloseTo(37, 0);
    expect(s.left_mm).toBeCloseTo(28, 0);
    expect(s.right_mm).toBeCloseTo(26, 0);
    expect(s.bottom_mm).toBeCloseTo(35, 0);
    expect(s.width_mm - s.left_mm - s.right_mm).toBeCloseTo(156, 0);
    expect(doc.paragraphs[0]).toBe("项目研发阶段延期协调会纪要");
    expect(doc.paragraphs.find((p) => p.startsWith("出席："))).toBe("出席：张伟（技术部）、李娜（生产部）、周强（市场部）");
    expect(doc.paragraphs).toContain("请确认，如有异议请于6月11日前反馈。");
    expect(doc.tables[0].rows[0].cells[0]).toBe("序号");
    expect(doc.footers[0]).toContain("—");
  });
});

describeWithTools(["libreoffice", "pdftoppm", "cjkFonts"], "exportMinutesDocx rendered by LibreOffice", () => {
  it("renders the enterprise minutes with CJK fonts and page X of Y", async () => {
    const { text, fonts, pngs } = renderDocx(await exportMinutesDocx(recordWithActions(3)), "minutes");
    expect(pngs).toHaveLength(1);
    expect(fonts).toMatch(/CJK/);
    expect(text).toContain("项目研发阶段延期协调会纪要");
    expect(text.replace(/\s/g, "")).toContain("请确认，如有异议请于6月11日前反馈。");
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/);
  });

  it("renders the 公文 minutes with 22 lines of body text per page at most and dashed page numbers", async () => {
    const record = sampleRecord();
    record.background = "因技术难点攻克延迟，研发阶段原定6月10日完成，现需调整计划。".repeat(30);
    const { text } = renderDocx(await exportMinutesDocx(record, { layout: "gongwen" }), "gongwen", 2);
    const firstPage = text.split("\f")[0].split("\n").filter((l) => l.trim() !== "");
    // the title (one line), the date, then body lines; the page number line last
    expect(firstPage.length).toBeLessThanOrEqual(22 + 1);
    expect(firstPage[firstPage.length - 1]).toMatch(/—\s*1\s*—/);
    expect(text).toMatch(/—\s*2\s*—/);
  });
});
