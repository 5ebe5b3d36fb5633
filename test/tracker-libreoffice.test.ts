// The 待办事项跟踪表 edited in a real spreadsheet program (issue 22): exported by `ccr tracker export`,
// opened in LibreOffice Calc, typed into through its Python API as a user would (a status picked, a
// progress note such as "80%" that must stay text, a date typed, a read-only cell changed), saved by
// Calc as .xlsx, and imported back with `ccr tracker import` into a record .json and a ccr form .docx.
// Calc's own file must still hold the frozen header, the filter, the drop-down, the overdue
// highlighting and the hidden key (it writes them from what it understood), and renders the Chinese text.

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { expect, it } from "vitest";
import { emptyAction, emptyRecord, parseRecord, serialiseRecord, type ActionItem, type CcrRecord } from "../src/domain/record/record";
import { extractRecords } from "../src/export/extract";
import { exportRecordDocx } from "../src/export/record-docx";
import { ccr } from "./support/cli";
import { describeWithTools } from "./support/tools";

const EDIT_SCRIPT = join(__dirname, "support", "lo-calc-edit.py");
const OUTPUT = join(__dirname, "..", "test-output");

function action(task: string, extra: Partial<ActionItem> = {}): ActionItem {
  return { ...emptyAction(), task, owner: "李娜", ownerDept: "生产部", deadline: "2026-06-12", deliverable: "输出书面清单(型号、数量、到货日期),抄送技术部负责人", ...extra };
}

function record(id: string, topic: string, actions: ActionItem[]): CcrRecord {
  return { ...emptyRecord(), id, topic, date: "2026-06-08", actions };
}

describeWithTools(["libreoffice", "libreofficeCalc", "libreofficeUno", "pdftoppm", "cjkFonts"], "the tracker edited in LibreOffice Calc", () => {
  it("comes back into the record files with Calc's edits, and Calc keeps the sheet's features", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccr-tracker-lo-"));
    const records = join(dir, "records");
    mkdirSync(records);
    writeFileSync(
      join(records, "material.json"),
      serialiseRecord(
        record("r-lo-a", "项目研发阶段延期协调会", [
          action("提交物料需求清单", { progress: [{ date: "2026-06-10", note: "已收集八成" }] }),
          action("确认试产批次数量", { deadline: "6月20日17:00前", owner: "周强", ownerDept: "市场部", cc: ["技术部负责人", "市场部负责人"] }),
          action("更新上市推广计划", { deadline: "本周五", owner: "吴敏" }),
        ]),
      ),
    );
    writeFileSync(join(records, "supplier.docx"), exportRecordDocx(record("r-lo-b", "供应商交付周期及质量标准确认会", [action("出具盖章交付计划函", { deadline: "2026-07-08" })])));
    const tracker = join(dir, "跟踪表.xlsx");
    const exported = await ccr(["tracker", "export", records, "-o", tracker, "--today", "2026-06-15"]);
    expect(exported.code, exported.stderr).toBe(0);

    const edits = [
      { row: "提交物料需求清单", column: "状态", type: "已完成" },
      { row: "提交物料需求清单", column: "进展", type: "已全部到货" },
      { row: "确认试产批次数量", column: "进展", string: "80%" },
      { row: "确认试产批次数量", column: "进展日期", type: "2026-06-12" },
      { row: "出具盖章交付计划函", column: "状态", type: "进行中" },
      { row: "更新上市推广计划", column: "负责人", type: "张伟" },
    ];
    const editsFile = join(dir, "edits.json");
    writeFileSync(editsFile, JSON.stringify(edits));
    const edited = join(dir, "跟踪表-lo.xlsx");
    const seen = execFileSync("/usr/bin/python3", [EDIT_SCRIPT, join(dir, "profile"), tracker, edited, editsFile], { encoding: "utf8", timeout: 180_000 });
    expect(JSON.parse(seen)).toEqual({ frozenPanes: true, conditionalFormats: 1 });

    // What Calc wrote from what it understood of the sheet (a hidden Calc writes no view, so no frozen pane).
    const sheet = strFromU8(unzipSync(new Uint8Array(readFileSync(edited)))["xl/worksheets/sheet1.xml"]);
    expect(sheet).toMatch(/<autoFilter ref="A1:N5"/);
    expect(sheet).toMatch(/<dataValidation [^>]*sqref="J2:J5" type="list"><formula1>&quot;未开始,进行中,已完成&quot;<\/formula1>/);
    expect(sheet).toMatch(/<conditionalFormatting sqref="A2:N\d+">/);
    expect(sheet).toMatch(/<col [^>]*hidden="true"[^>]*max="15" min="15"/);
    // The progress cells are still formatted as text, so "80%" typed there stays text in Calc too.
    const styles = strFromU8(unzipSync(new Uint8Array(readFileSync(edited)))["xl/styles.xml"]);
    const textFormats = new Set(["49", ...[...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="@"\/>/g)].map((m) => m[1])]);
    const cellXfs = styles.slice(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
    const xfs = [...cellXfs.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1]);
    const noteColumn = /<col [^>]*max="11" min="11" style="(\d+)"/.exec(sheet);
    expect(textFormats.has(xfs[Number(noteColumn?.[1])])).toBe(true);
    for (const m of sheet.matchAll(/<c r="K([2-9])" s="(\d+)"/g)) expect(textFormats.has(xfs[Number(m[2])]), `K${m[1]}`).toBe(true);

    const imported = await ccr(["tracker", "import", edited, records, "--today", "2026-06-16"]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    expect(imported.stdout).toContain("已更新 2 个文件，共 4 处修改：");
    expect(imported.stdout).toContain("“负责人”的修改未导入");

    const material = parseRecord(readFileSync(join(records, "material.json"), "utf8"));
    if (!material.ok) throw new Error(material.error.message.en);
    const [first, second, third] = material.record.actions;
    expect(first.status).toBe("done");
    expect(first.progress.at(-1)).toEqual({ date: "2026-06-16", note: "已全部到货" });
    // Text in the progress column stays what was written.
    expect(second.progress).toEqual([{ date: "2026-06-12", note: "80%" }]);
    expect(third.owner).toBe("吴敏");
    const supplier = extractRecords(new Uint8Array(readFileSync(join(records, "supplier.docx"))));
    expect(supplier.ok && supplier.records[0].record.actions[0].status).toBe("doing");

    // Calc's file rendered: the Chinese text is there; the page is kept for people to look at.
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, edited], { stdio: "pipe", timeout: 120_000 });
    const pdf = join(dir, "跟踪表-lo.pdf");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    for (const word of ["项目研发阶段延期协调会", "提交物料需求清单", "已全部到货", "已逾期", "2026年6月12日"]) expect(text).toContain(word);
    mkdirSync(OUTPUT, { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "1", pdf, join(OUTPUT, "tracker-libreoffice")]);
  }, 300_000);
});
