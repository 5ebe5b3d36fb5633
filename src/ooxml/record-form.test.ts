import { DOMParser } from "@xmldom/xmldom";
import { FORM_TABLE_COUNT } from "../form/read";
import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord } from "../domain/record/record";
import type { CcrRecord } from "../domain/record/record";
import { actionHeaderLabels } from "../form/layout";
import { TITLE_STYLE, docxParts, flatOpcPackage } from "./package";
import { actionsTableXml, recordFormBodyXml, recordFormXml } from "./record-form";
import { parseTag } from "../form/tags";
import { legalXmlChars, xmlText } from "./xml-text";
import { example as exampleRecord } from "../../test/support/word-setup";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function example(name: string): CcrRecord {
  return { ...exampleRecord(name), id: "rec1" };
}

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => void errors.push(`${level}: ${msg}`) }).parseFromString(
    `<w:body xmlns:w="${W}">${xml}</w:body>`,
    "text/xml",
  ) as unknown as Document;
  expect(errors).toEqual([]);
  return doc;
}

function all(node: Document | Element, local: string): Element[] {
  return Array.from((node as Element).getElementsByTagNameNS(W, local));
}

function val(el: Element | undefined, local: string): string | undefined {
  const c = el && Array.from(el.childNodes).find((n): n is Element => n.nodeType === 1 && (n as Element).localName === local);
  return c?.getAttributeNS(W, "val") ?? undefined;
}

/** Tag → text of each value control. */
function controls(doc: Document): Map<string, { text: string; alias?: string; lock?: string; placeholder: boolean }[]> {
  const out = new Map<string, { text: string; alias?: string; lock?: string; placeholder: boolean }[]>();
  for (const sdt of all(doc, "sdt")) {
    const pr = all(sdt, "sdtPr")[0];
    const tag = val(pr, "tag") ?? "";
    const content = all(sdt, "sdtContent")[0];
    const text = all(content, "p")
      .map((p) => all(p, "t").map((t) => t.textContent).join(""))
      .join("\n");
    const list = out.get(tag) ?? [];
    list.push({ text, alias: val(pr, "alias"), lock: val(pr, "lock"), placeholder: all(pr, "showingPlcHdr").length > 0 });
    out.set(tag, list);
  }
  return out;
}

describe("xmlText", () => {
  it("escapes markup characters", () => {
    expect(xmlText(`<w:p>&"']]>`)).toBe("&lt;w:p&gt;&amp;&quot;&apos;]]&gt;");
  });
  it("drops C0 controls except tab, LF, CR, lone surrogates and U+FFFE/FFFF", () => {
    expect(legalXmlChars("a\u0000b\u0001\t\n\rc\u001f\ufffe\uffffd")).toBe("ab\t\n\rcd");
    expect(legalXmlChars("x\ud800y\udc00z")).toBe("xyz");
  });
  it("keeps emoji and CJK", () => {
    expect(xmlText("沟通 😀 𠀀")).toBe("沟通 😀 𠀀");
  });
});

describe("recordFormXml", () => {
  it("wraps the whole form in a root control tagged with the record id", () => {
    const doc = parse(recordFormXml(example("project-delay.json")));
    const root = all(doc, "sdt")[0];
    expect(val(all(root, "sdtPr")[0], "tag")).toBe("ccr:rec1");
    expect(val(all(root, "sdtPr")[0], "lock")).toBe("sdtLocked");
  });

  it("gives the title a paragraph style that the styles part defines bold and 18 pt", () => {
    const doc = parse(recordFormXml(example("project-delay.json")));
    const titleParagraph = all(doc, "p").find((p) => all(p, "t").map((t) => t.textContent).join("") === "沟通协调记录表")!;
    expect(val(all(titleParagraph, "pPr")[0], "pStyle")).toBe(TITLE_STYLE);
    const styles = new DOMParser().parseFromString(docxParts("")["word/styles.xml"], "text/xml") as unknown as Document;
    const style = all(styles, "style").find((s) => s.getAttributeNS(W, "styleId") === TITLE_STYLE)!;
    expect(all(style, "b")).toHaveLength(1);
    expect(all(style, "sz")[0].getAttributeNS(W, "val")).toBe("36");
  });

  it("writes the title, the five section headings and the form's tables in zh", () => {
    const doc = parse(recordFormXml(example("project-delay.json")));
    const texts = all(doc, "p").map((p) => all(p, "t").map((t) => t.textContent).join(""));
    for (const t of ["沟通协调记录表", "一、基本信息", "二、沟通内容摘要", "三、待办事项", "四、会后闭环", "五、反馈与复盘"]) {
      expect(texts).toContain(t);
    }
    expect(all(doc, "tbl")).toHaveLength(FORM_TABLE_COUNT);
  });

  it("labels in English when asked", () => {
    const doc = parse(recordFormXml(example("project-delay.json"), { lang: "en" }));
    const texts = all(doc, "t").map((t) => t.textContent);
    expect(texts).toContain("Communication and Coordination Record");
    expect(texts).toContain("Deadline");
    expect(texts).not.toContain("完成时限");
  });

  it("tags every value cell ccr:<id>:<path> with its label as alias and the field text", () => {
    const r = example("project-delay.json");
    const c = controls(parse(recordFormXml(r)));
    expect(c.get("ccr:rec1:topic")?.[0]).toMatchObject({ text: r.topic, alias: "沟通主题", placeholder: false });
    expect(c.get("ccr:rec1:actions[0].deadline")?.[0].text).toBe(r.actions[0].deadline);
    expect(c.get("ccr:rec1:actions[0].owner")?.[0].alias).toBe("负责人 1");
    expect(c.get("ccr:rec1:discussionPoints")?.[0].text).toBe(r.discussionPoints.join("\n"));
    for (const tag of c.keys()) expect(parseTag(tag)?.recordId).toBe("rec1");
  });

  it("wraps each whole cell: cell-level w:sdt around w:tc (office-js #3367)", () => {
    const doc = parse(recordFormXml(example("project-delay.json")));
    for (const tr of all(doc, "tr")) {
      const kids = Array.from(tr.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName !== "trPr");
      for (const k of kids) {
        if (k.localName === "sdt") expect(all(all(k, "sdtContent")[0], "tc")).toHaveLength(1);
        else expect(k.localName).toBe("tc");
      }
    }
  });

  it("puts each value control inside its cell, around the cell's paragraphs; labels are plain text; nothing inside the root is locked (#1947, #950, #2829)", () => {
    const doc = parse(recordFormXml(example("project-delay.json")));
    const sdts = all(doc, "sdt");
    const root = sdts[0];
    expect(all(root, "lock").map((l) => l.getAttributeNS(W, "val"))).toEqual(["sdtLocked"]);
    for (const sdt of sdts.slice(1)) {
      expect((sdt.parentNode as Element).localName).toBe("tc");
      const content = Array.from(sdt.childNodes).find((n) => (n as Element).localName === "sdtContent") as Element;
      expect(Array.from(content.childNodes).every((n) => (n as Element).localName === "p")).toBe(true);
    }
    expect(all(doc, "tag").map((t) => t.getAttributeNS(W, "val")).filter((t) => t?.includes("#"))).toEqual([]);
    expect(all(all(doc, "tbl")[0], "tr")[0].textContent).toContain("沟通主题");
  });

  it("shows placeholder text that says what to write in empty cells", () => {
    const r = { ...emptyRecord(), id: "e1", actions: [emptyAction()] };
    const c = controls(parse(recordFormXml(r)));
    expect(c.get("ccr:e1:actions[0].deadline")?.[0]).toMatchObject({ placeholder: true, text: "具体日期，如 2026年6月30日前" });
    expect(c.get("ccr:e1:topic")?.[0].placeholder).toBe(true);
  });

  it("repeats the action header row on every page and never splits rows", () => {
    const doc = parse(actionsTableXml(example("project-delay.json")));
    const rows = all(doc, "tr");
    expect(all(rows[0], "tblHeader")).toHaveLength(1);
    for (const r of rows) expect(all(r, "cantSplit")).toHaveLength(1);
    expect(all(rows[1], "tblHeader")).toHaveLength(0);
    expect(all(rows[0], "t").map((t) => t.textContent)).toEqual(actionHeaderLabels("zh"));
  });

  it("one row per action item, numbered", () => {
    const r = example("project-delay.json");
    r.actions = Array.from({ length: 12 }, (_, i) => ({ ...emptyAction(), task: `事项${i}` }));
    const doc = parse(actionsTableXml(r));
    expect(all(doc, "tr")).toHaveLength(13);
    expect(controls(doc).get("ccr:rec1:actions[11].task")?.[0].text).toBe("事项11");
  });

  it("sets eastAsia fonts (宋体 / 黑体) on every run", () => {
    const doc = parse(recordFormXml(example("project-delay.json")));
    const fonts = all(doc, "rFonts").map((f) => f.getAttributeNS(W, "eastAsia"));
    expect(fonts.length).toBeGreaterThan(10);
    expect(new Set(fonts)).toEqual(new Set(["宋体", "黑体"]));
  });

  it("survives hostile text: markup, CDATA end, ampersands, control characters, emoji, 10,000 characters", () => {
    const hostile = `<w:p>]]>&amp;\u0000\u0007\ud800 😀 ` + "长".repeat(10_000);
    const r = { ...example("project-delay.json"), topic: hostile, background: hostile };
    r.actions[0] = { ...r.actions[0], owner: hostile };
    const c = controls(parse(recordFormXml(r)));
    const expected = `<w:p>]]>&amp; 😀 ` + "长".repeat(10_000);
    expect(c.get("ccr:rec1:topic")?.[0].text).toBe(expected);
    expect(c.get("ccr:rec1:actions[0].owner")?.[0].text).toBe(expected);
  });

  it("escapes hostile text in the alias and tag attributes too", () => {
    expect(() => recordFormXml({ ...emptyRecord(), id: 'x"><w:p' })).toThrow(/record id/);
  });
});

describe("packages", () => {
  it("flat OPC holds document.xml with the body and no section properties", () => {
    const pkg = flatOpcPackage(recordFormBodyXml(example("project-delay.json")));
    const doc = new DOMParser().parseFromString(pkg, "text/xml") as unknown as Document;
    const parts = Array.from(doc.getElementsByTagNameNS("http://schemas.microsoft.com/office/2006/xmlPackage", "part")).map((p) =>
      p.getAttributeNS("http://schemas.microsoft.com/office/2006/xmlPackage", "name"),
    );
    expect(parts).toEqual(["/_rels/.rels", "/word/_rels/document.xml.rels", "/word/document.xml", "/word/styles.xml"]);
    expect(all(doc, "sectPr")).toHaveLength(0);
    expect(all(doc, "tbl")).toHaveLength(FORM_TABLE_COUNT);
  });

  it("docx parts are well-formed XML", () => {
    const parts = docxParts(recordFormBodyXml(example("weekly-sync.json")));
    for (const [name, xml] of Object.entries(parts)) {
      const errors: string[] = [];
      new DOMParser({ onError: (l: string, m: string) => void errors.push(`${name} ${l} ${m}`) }).parseFromString(xml, "text/xml");
      expect(errors).toEqual([]);
    }
    expect(parts["word/document.xml"]).toContain("<w:sectPr>");
  });
});
