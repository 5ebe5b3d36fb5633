import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { isLibreOfficeRepeat, repairLibreOfficeRepeats } from "./libreoffice";
import { W_NS } from "./wordml";

const sdt = (text: string, tag?: string) =>
  `<w:sdt><w:sdtPr><w:id w:val="1"/>${tag ? `<w:tag w:val="${tag}"/>` : ""}</w:sdtPr><w:sdtContent><w:r><w:t>${text}</w:t></w:r></w:sdtContent></w:sdt>`;

function body(paragraphs: string): Element {
  const xml = `<w:document xmlns:w="${W_NS}"><w:body>${paragraphs}</w:body></w:document>`;
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  return doc.getElementsByTagNameNS(W_NS, "body")[0] as unknown as Element;
}

function texts(root: Element): string[] {
  return Array.from(root.getElementsByTagNameNS(W_NS, "p")).map((p) => Array.from(p.getElementsByTagNameNS(W_NS, "t")).map((t) => t.textContent).join(""));
}

describe("LibreOffice 7.4's repeated cell-control text", () => {
  it("keeps the first copy of a paragraph written as copies (what LibreOffice 7.4 saves for 沟通主题)", () => {
    const root = body(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${sdt("沟通主题")}${sdt("沟通主题</w:t><w:t>沟通主题")}${sdt("沟通主题")}</w:p>`);
    expect(repairLibreOfficeRepeats(root as never)).toBe(1);
    expect(texts(root)).toEqual(["沟通主题"]);
    const p = root.getElementsByTagNameNS(W_NS, "p")[0];
    expect(p.getElementsByTagNameNS(W_NS, "sdt").length).toBe(0);
    expect(p.getElementsByTagNameNS(W_NS, "jc").length).toBe(1);
  });

  it("keeps the first copy when the copies interleave text portions (公司3号会议室)", () => {
    const x = "公司3号会议室";
    const root = body(`<w:p>${sdt(x)}${sdt(`公司</w:t><w:t>${x}</w:t><w:t>3</w:t><w:t>${x}</w:t><w:t>号会议室`)}${sdt(x)}${sdt(x)}${sdt(x)}</w:p>`);
    expect(repairLibreOfficeRepeats(root as never)).toBe(1);
    expect(texts(root)).toEqual([x]);
  });

  it("leaves ordinary content controls alone: two different inline controls, tagged controls, a single control", () => {
    const paragraphs = [
      `<w:p>${sdt("张伟")}${sdt("A1023")}</w:p>`,
      `<w:p>${sdt("哈", "ccr:a:topic")}${sdt("哈哈", "ccr:a:goal")}</w:p>`,
      `<w:p>${sdt("沟通主题")}</w:p>`,
      `<w:p><w:r><w:t>前言</w:t></w:r>${sdt("沟通主题")}${sdt("沟通主题沟通主题")}</w:p>`,
      `<w:p>${sdt("")}${sdt("x")}</w:p>`,
    ];
    const root = body(paragraphs.join(""));
    const before = texts(root);
    for (const p of Array.from(root.getElementsByTagNameNS(W_NS, "p"))) expect(isLibreOfficeRepeat(p as never)).toBe(false);
    expect(repairLibreOfficeRepeats(root as never)).toBe(0);
    expect(texts(root)).toEqual(before);
  });
});

describe("LibreOffice 7.4's repeats around a line break", () => {
  it("are repaired when LibreOffice moved the paragraph's line break out of the copies", () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const copy = (t: string) => `<w:sdt><w:sdtPr><w:id w:val="1"/></w:sdtPr><w:sdtContent><w:r><w:t>${t}</w:t></w:r></w:sdtContent></w:sdt>`;
    const xml = `<w:body xmlns:w="${W}"><w:p><w:r><w:br/></w:r>${copy("甲乙丙丁")}${copy("甲乙丙丁甲乙丙丁")}${copy("甲乙丙丁")}</w:p></w:body>`;
    const body = new DOMParser().parseFromString(xml, "text/xml").documentElement!;
    expect(repairLibreOfficeRepeats(body)).toBe(1);
    expect(body.textContent).toBe("甲乙丙丁");
  });
});
