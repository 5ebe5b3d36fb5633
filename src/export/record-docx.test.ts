import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { inspectDocx, renderDocx } from "../../test/support/docx-inspect";
import { describeWithTools } from "../../test/support/tools";
import { fieldsOf, parseRecord, serialiseRecord, type CcrRecord } from "../domain/record/record";
import { readDocx } from "../ooxml/read-docx";
import { ADDIN_ID, ADDIN_VERSION, WEBEXTENSION_PATH } from "../ooxml/web-extension";
import { extractRecords } from "./extract";
import { exportRecordDocx } from "./record-docx";
import { recordWithActions, sampleRecord } from "../../test/support/export-records";
import { EXAMPLES_DIR } from "../../test/support/records";

const EXAMPLES = EXAMPLES_DIR;

function examples(): [string, CcrRecord][] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const parsed = parseRecord(readFileSync(join(EXAMPLES, f), "utf8"));
      if (!parsed.ok) throw new Error(f);
      return [f, { ...parsed.record, id: "ex-" + f.replace(/\W/g, "") }];
    });
}

function extractOne(bytes: Uint8Array) {
  const r = extractRecords(bytes);
  if (!r.ok) throw new Error(r.error.en);
  expect(r.records).toHaveLength(1);
  return r.records[0];
}

/** The package with one part rewritten. */
function rewrite(bytes: Uint8Array, path: string, edit: (xml: string) => string, drop: string[] = []): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) if (!drop.includes(name)) out[name] = name === path ? strToU8(edit(strFromU8(data))) : data;
  return zipSync(out);
}

describe("exportRecordDocx → extractRecords", () => {
  it.each(examples())("gives back the same record for %s", (_, record) => {
    const back = extractOne(exportRecordDocx(record));
    expect(back).toMatchObject({ id: record.id, stored: true, form: true });
    expect(serialiseRecord(back.record)).toBe(serialiseRecord(record));
  });

  it("writes 纪要发送时限 as the Word pane does: meeting date + 2 working days, formatted in the record's language", () => {
    const cell = (lang: "zh" | "en") => {
      const read = readDocx(exportRecordDocx({ ...sampleRecord(), date: "2026-09-30", lang }));
      if (!read.ok) throw new Error(read.error.en);
      return read.content.controls.find((c) => c.tag.endsWith(":circulateBy"))?.text;
    };
    // 30 September 2026 (Wednesday) is followed by the National Day holiday (1–7 October): +2 working days is 9 October.
    expect(cell("zh")).toBe("2026年10月9日");
    expect(cell("en")).toBe("9 October 2026");
  });

  it("keeps progress notes and unknown keys, which the form does not show", () => {
    const record = recordWithActions(3);
    record.actions[1].progress = [{ date: "2026-06-10", note: "已收集80%" }];
    fieldsOf(record).customKey = { kept: true };
    const back = extractOne(exportRecordDocx(record)).record;
    expect(back.actions[1].progress).toEqual([{ date: "2026-06-10", note: "已收集80%" }]);
    expect(fieldsOf(back).customKey).toEqual({ kept: true });
  });

  it("takes the text typed into the form over the stored record (edits made in Word or WPS)", () => {
    const record = recordWithActions(2);
    record.actions[0].progress = [{ date: "2026-06-10", note: "n" }];
    const edited = rewrite(exportRecordDocx(record), "word/document.xml", (xml) =>
      xml.replace(">项目研发阶段延期协调会<", ">项目研发阶段延期协调会(第二次)<").replace(">李娜<", ">王芳<"),
    );
    const back = extractOne(edited).record;
    expect(back.topic).toBe("项目研发阶段延期协调会(第二次)");
    expect(back.actions[0].owner).toBe("王芳");
    expect(back.actions[0].progress).toEqual([{ date: "2026-06-10", note: "n" }]);
    expect(back.goal).toBe(record.goal);
  });

  it("reads the form alone when the stored record is gone", () => {
    const record = sampleRecord();
    record.actions = recordWithActions(2).actions;
    const formOnly = rewrite(exportRecordDocx(record), "", (x) => x, [WEBEXTENSION_PATH]);
    const back = extractOne(formOnly);
    expect(back).toMatchObject({ stored: false, form: true, id: record.id });
    expect(back.record.topic).toBe(record.topic);
    expect(back.record.lead).toMatchObject({ name: "张伟", staffNo: "A1023" });
    expect(back.record.participants.map((p) => p.name)).toEqual(["李娜", "周强"]);
    expect(back.record.actions.map((a) => [a.task, a.owner, a.deadline])).toEqual(record.actions.map((a) => [a.task, a.owner, a.deadline]));
    expect(back.record.consensus).toEqual(record.consensus);
  });

  it("reads a form pasted twice (duplicate-form) as two records, not as one with every action item twice", () => {
    const record = recordWithActions(3);
    record.actions[0].progress = [{ date: "2026-06-10", note: "n" }];
    const twice = rewrite(exportRecordDocx(record), "word/document.xml", (xml) => {
      const start = xml.indexOf("<w:body>") + "<w:body>".length;
      const end = xml.indexOf("<w:sectPr") > 0 ? xml.indexOf("<w:sectPr") : xml.indexOf("</w:body>");
      const copy = xml.slice(start, end).replace(">项目研发阶段延期协调会<", ">项目研发阶段延期协调会(副本)<");
      return xml.slice(0, end) + copy + xml.slice(end);
    });
    const r = extractRecords(twice);
    if (!r.ok) throw new Error(r.error.en);
    expect(r.records.map((x) => [x.id, x.copyOf])).toEqual([
      [record.id, undefined],
      [`${record.id}-2`, record.id],
    ]);
    expect(serialiseRecord(r.records[0].record)).toBe(serialiseRecord(record));
    expect(serialiseRecord(r.records[1].record)).toBe(serialiseRecord({ ...record, id: `${record.id}-2`, topic: "项目研发阶段延期协调会(副本)" }));
  });

  it("stores the record as the add-in's setting, under the add-in id of manifest.xml", () => {
    const record = sampleRecord();
    const files = unzipSync(exportRecordDocx(record));
    const we = strFromU8(files[WEBEXTENSION_PATH]);
    expect(we).toContain(`<we:reference id="${ADDIN_ID}" version="${ADDIN_VERSION}"`);
    expect(we).toContain(`name="ccr.record.${record.id}"`);
    expect(strFromU8(files["_rels/.rels"])).toContain("webextensiontaskpanes");
    const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    expect(/<Id>([^<]+)<\/Id>/.exec(manifest)?.[1]).toBe(ADDIN_ID);
    expect(/<Version>([^<]+)<\/Version>/.exec(manifest)?.[1]).toBe(ADDIN_VERSION);
  });

  it("gives a record without an id a tag-safe one", () => {
    const record = { ...sampleRecord(), id: undefined };
    const back = extractOne(exportRecordDocx(record, { recordId: "given-1" }));
    expect(back.id).toBe("given-1");
  });

  it("survives hostile text in every field", () => {
    const record = recordWithActions(1);
    record.topic = 'a<w:p>]]>&"\'\u0001\u{1F600}' + "长".repeat(10_000);
    record.actions[0].task = "</w:t></w:r></w:p></w:tc>";
    const back = extractOne(exportRecordDocx(record)).record;
    expect(back.topic).toBe('a<w:p>]]>&"\'\u{1F600}' + "长".repeat(10_000));
    expect(back.actions[0].task).toBe("</w:t></w:r></w:p></w:tc>");
  });
});

describeWithTools(["pythonDocx"], "exportRecordDocx opened by python-docx", () => {
  it("has the form's tables with labels and values", async () => {
    const record = recordWithActions(3);
    const doc = inspectDocx(exportRecordDocx(record));
    // python-docx opens it; the form sits in a content control, so its own API sees no body paragraphs.
    expect(doc.paragraphs).toEqual([""]);
    expect(doc.deepParagraphs).toContain("沟通协调记录表");
    const cells = doc.deepTables.flatMap((t) => t.rows.map((r) => r.cells));
    expect(cells).toContainEqual(["沟通主题", "项目研发阶段延期协调会"]);
    const actions = doc.deepTables.find((t) => t.rows[0].cells[0] === "序号")!;
    expect(actions.rows[0].header).toBe(true);
    expect(actions.rows).toHaveLength(4);
    expect(actions.rows[1].cells[1]).toBe(record.actions[0].task);
  });
});

describeWithTools(["libreoffice", "pdftoppm", "cjkFonts"], "exportRecordDocx rendered by LibreOffice", () => {
  it("renders the form with CJK fonts", () => {
    const { text, fonts, pngs } = renderDocx(exportRecordDocx(recordWithActions(3)), "record");
    expect(pngs).toHaveLength(1);
    expect(fonts).toMatch(/CJK/);
    expect(text).toContain("沟通协调记录表");
    expect(text).toContain("基本信息");
  });
});
