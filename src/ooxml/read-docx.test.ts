import { strToU8, zipSync, type Zippable } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDocx } from "./read-docx";
import { W_NS } from "./wordml";
import { webExtensionParts } from "./web-extension";

const CT =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';

function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Zippable = {
    "[Content_Types].xml": strToU8(CT),
    "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`),
  };
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, tcPr = "") => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${inner}</w:tc>`;
const sdt = (tag: string, inner: string, alias?: string) =>
  `<w:sdt><w:sdtPr>${alias ? `<w:alias w:val="${alias}"/>` : ""}<w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;

function read(bytes: Uint8Array) {
  const r = readDocx(bytes);
  if (!r.ok) throw new Error(r.error.en);
  return r.content;
}

describe("readDocx: the block model", () => {
  it("reads paragraphs with tabs and breaks, leaving out deleted text", () => {
    const body =
      '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>' +
      "<w:ins><w:r><w:t>+new</w:t></w:r></w:ins></w:p>" +
      p("第二段");
    expect(read(docx(body)).blocks).toEqual([
      { kind: "paragraph", text: "a\tb\vc+new" },
      { kind: "paragraph", text: "第二段" },
    ]);
  });

  it("reads tables with merged cells and multi-paragraph cell text", () => {
    const body =
      "<w:tbl>" +
      `<w:tr>${tc(p("合并"), '<w:gridSpan w:val="2"/>')}${tc(p("x"), '<w:vMerge w:val="restart"/>')}</w:tr>` +
      `<w:tr>${tc(p("一") + p("二"))}${tc(p("三"))}${tc(p(""), "<w:vMerge/>")}</w:tr>` +
      "</w:tbl>";
    const [table] = read(docx(body)).blocks;
    expect(table).toEqual({
      kind: "table",
      rows: [
        { cells: [{ text: "合并", gridSpan: 2 }, { text: "x", vMerge: "restart" }] },
        { cells: [{ text: "一\n二" }, { text: "三" }, { text: "", vMerge: "continue" }] },
      ],
    });
  });

  it("reads content controls at block, cell and inline level with their tags and titles", () => {
    const body = sdt(
      "ccr:r1",
      p("沟通协调记录表") +
        `<w:tbl><w:tr>${tc(p("沟通主题"))}${sdt("ccr:r1:topic", tc(p("延期协调会")), "沟通主题")}</w:tr></w:tbl>` +
        `<w:p><w:r><w:t>负责人:</w:t></w:r>${sdt("inline", "<w:r><w:t>李娜</w:t></w:r>")}</w:p>`,
      "记录表",
    );
    const content = read(docx(body));
    expect(content.controls.map((c) => c.tag)).toEqual(["ccr:r1", "ccr:r1:topic", "inline"]);
    expect(content.controls[1]).toEqual({ tag: "ccr:r1:topic", title: "沟通主题", text: "延期协调会" });
    expect(content.controls[2].text).toBe("李娜");
    expect(content.controls[0].text).toContain("沟通主题\t延期协调会");
    const table = content.blocks[1];
    expect(table.kind === "table" && table.rows[0].cells[1].controls?.[0].tag).toBe("ccr:r1:topic");
    expect(content.blocks[2]).toEqual({ kind: "paragraph", text: "负责人:李娜", controls: [{ tag: "inline", text: "李娜" }] });
  });

  it("reads the add-in's settings from the web-extension part", () => {
    const we = webExtensionParts({ "ccr.record.r1": '{"schema":"ccr/1"}', "ccr.records": ["r1"] });
    const content = read(docx(p("x"), we.parts));
    expect(content.settings).toEqual({ "Office.AutoShowTaskpaneWithDocument": true, "ccr.record.r1": '{"schema":"ccr/1"}', "ccr.records": ["r1"] });
  });
});

describe("readDocx: hostile and broken input", () => {
  const message = (r: ReturnType<typeof readDocx>) => (r.ok ? "ok" : r.error.en);

  it("refuses a file over the size limit", () => {
    expect(message(readDocx(docx(p("x")), { maxBytes: 100 }))).toMatch(/too large/);
  });

  it("refuses a package with too many entries", () => {
    const extra = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`junk/${i}.txt`, "x"]));
    expect(message(readDocx(docx(p("x"), extra), { maxEntries: 10 }))).toMatch(/Too many entries/);
  });

  it("stops expanding a zip bomb (a part that inflates far beyond its compressed size)", () => {
    const bomb = zipSync({ "word/document.xml": new Uint8Array(12 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(message(readDocx(bomb))).toMatch(/expands too much/);
    expect(message(readDocx(bomb, { maxRatio: 1e9, maxEntryBytes: 8 * 1024 * 1024 }))).toMatch(/too large|expands too much/);
    expect(message(readDocx(bomb, { maxRatio: 1e9, maxTotalBytes: 4 * 1024 * 1024 }))).toMatch(/expands too much/);
  });

  it("refuses XML with a DOCTYPE (entity expansion)", () => {
    const files: Zippable = {
      "word/document.xml": strToU8('<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa">]><w:document xmlns:w="x"><w:body/></w:document>'),
    };
    expect(message(readDocx(zipSync(files)))).toMatch(/DOCTYPE/);
  });

  it("says what is wrong with a file that is not a zip, has no document part or has broken XML", () => {
    expect(message(readDocx(strToU8("just text")))).toMatch(/not a zip/);
    expect(message(readDocx(zipSync({ "a.txt": strToU8("x") })))).toMatch(/word\/document.xml is missing/);
    expect(message(readDocx(zipSync({ "word/document.xml": strToU8("<w:document><w:body>") })))).toMatch(/not valid XML/);
  });

  it("never throws, whatever the bytes", () => {
    const good = docx(sdt("ccr:r1:topic", p("文本")));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(), (noise, at) => {
        readDocx(noise);
        const mutated = good.slice();
        for (let i = 0; i < noise.length && i < 50; i++) mutated[(at + i * 97) % mutated.length] = noise[i];
        readDocx(mutated);
        readDocx(good.subarray(0, at % good.length));
      }),
      { numRuns: 300 },
    );
  });
});
