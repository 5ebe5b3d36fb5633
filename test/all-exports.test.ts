// Checks every .docx the product writes (test/support/all-exports.ts), zh and en: the OOXML child order
// Word enforces, python-docx opens it, and no ISO date in the visible text of a Chinese document.
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { allExports, type ExportedDocx } from "./support/all-exports";
import { inspectDocx } from "./support/docx-inspect";
import { checkOoxmlOrder, OOXML_ORDER } from "./support/ooxml-order";
import { renderDocx } from "./support/docx-inspect";
import { describeWithTools } from "./support/tools";
import { WINDOWS_CJK_FONTS } from "../src/ooxml/font-table";

let exports: ExportedDocx[] = [];
beforeAll(async () => {
  exports = await allExports();
});

/** The parts whose element order is checked: the body, headers, footers, styles, numbering and font table. */
function checkedParts(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(bytes))
    .filter(([path]) => /^word\/(document|header\d*|footer\d*|styles|numbering|fontTable)\.xml$/.test(path))
    .map(([path, data]) => [path, strFromU8(data)]);
}

/** The text of each paragraph of the body, headers and footers (runs joined: a date may span runs). */
function visibleTexts(bytes: Uint8Array): string[] {
  return checkedParts(bytes)
    .filter(([path]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(path))
    .flatMap(([, xml]) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)])
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
}

describe("the OOXML order checker", () => {
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const child = (name: string) => (name === "*" ? "<w:p/>" : `<w:${name}/>`);
  it.each(Object.entries(OOXML_ORDER))("fails on a swapped pair of children in w:%s and passes them in order", (parent, sequence) => {
    const [first, second] = sequence.map((g) => g[0]);
    expect(checkOoxmlOrder(`<w:${parent} ${ns}>${child(first)}${child(second)}</w:${parent}>`)).toEqual([]);
    const swapped = checkOoxmlOrder(`<w:${parent} ${ns}>${child(second)}${child(first)}</w:${parent}>`);
    expect(swapped).toHaveLength(1);
    expect(swapped[0].parent).toBe(`w:${parent}`);
  });

  it("finds a swapped pair nested deep in a real export, a repeated child and one the schema does not allow", async () => {
    const xml = checkedParts((await allExports())[0].bytes).find(([p]) => p === "word/document.xml")![1];
    const swapped = xml.replace(/<w:rPr>(<w:rFonts [^>]*\/>)(<w:sz [^>]*\/>)/, "<w:rPr>$2$1");
    expect(swapped).not.toBe(xml);
    expect(checkOoxmlOrder(swapped).map((p) => p.parent)).toEqual(["w:rPr"]);
    expect(checkOoxmlOrder("<w:tcPr><w:tcW/><w:jc/></w:tcPr>")[0].message).toContain("not a child");
    expect(checkOoxmlOrder("<w:pPr><w:jc/><w:jc/></w:pPr>")[0].message).toContain("twice");
  });
});

describe("every export", () => {
  it("lists each kind in zh and in en", () => {
    expect(exports.map((e) => `${e.name}.${e.lang}`)).toHaveLength(16);
  });

  it("writes the children of pPr, rPr, tblPr, tcPr, trPr, sectPr, tbl, tc and the other elements checked in ECMA-376 order", () => {
    const problems = exports.flatMap((e) =>
      checkedParts(e.bytes).flatMap(([path, xml]) => checkOoxmlOrder(xml).map((p) => `${e.name}.${e.lang} ${path}: ${p.message}`)),
    );
    expect([...new Set(problems)]).toEqual([]);
  });

  it("shows no ISO date (YYYY-MM-DD) in the visible text of a Chinese document, a deadline typed so included", () => {
    const zh = exports.filter((e) => e.lang === "zh");
    const found = zh.flatMap((e) => visibleTexts(e.bytes).filter((text) => /\d{4}-\d{2}-\d{2}/.test(text)).map((text) => `${e.name}: ${text}`));
    expect(found).toEqual([]);
    for (const name of ["record", "actions", "minutes-enterprise", "tracker-updated-record"]) {
      expect(visibleTexts(zh.find((e) => e.name === name)!.bytes).join("\n"), name).toContain("2026年6月30日");
    }
  });
});

describe("the empty Chinese record form", () => {
  it("shows its labels and hints with full-width punctuation (，：；（）; a colon inside a time such as 14:00 stays)", () => {
    const form = exports.find((e) => e.name === "record-empty" && e.lang === "zh")!;
    const ascii = visibleTexts(form.bytes).filter((text) => /[,;()]|(?<!\d):|:(?!\d)/.test(text));
    expect(ascii).toEqual([]);
  });
});

describe("fonts of every export", () => {
  /** Every font named in w:rFonts of the body, headers, footers and styles, by slot. */
  function namedFonts(bytes: Uint8Array): { eastAsia: Set<string>; latin: Set<string> } {
    const out = { eastAsia: new Set<string>(), latin: new Set<string>() };
    for (const [, xml] of checkedParts(bytes)) {
      for (const m of xml.matchAll(/<w:rFonts ([^>]*)\/>/g)) {
        for (const a of m[1].matchAll(/w:(ascii|hAnsi|cs|eastAsia)="([^"]*)"/g)) (a[1] === "eastAsia" ? out.eastAsia : out.latin).add(a[2]);
      }
    }
    return out;
  }

  it("names each font in word/fontTable.xml; a Chinese font is one Word and WPS on Windows have, or falls back to one", () => {
    const problems: string[] = [];
    for (const e of exports) {
      const table = strFromU8(unzipSync(e.bytes)["word/fontTable.xml"] ?? new Uint8Array());
      const entries = new Map([...table.matchAll(/<w:font w:name="([^"]*)">([\s\S]*?)<\/w:font>/g)].map((m) => [m[1], m[2]]));
      const fonts = namedFonts(e.bytes);
      for (const font of [...fonts.eastAsia, ...fonts.latin]) {
        const entry = entries.get(font);
        if (entry === undefined) problems.push(`${e.name}.${e.lang}: ${font} not in fontTable.xml`);
        else if (fonts.eastAsia.has(font)) {
          const alt = /<w:altName w:val="([^"]*)"\/>/.exec(entry)?.[1];
          if (!entry.includes('<w:charset w:val="86"/>')) problems.push(`${e.name}.${e.lang}: ${font} without the GB2312 charset`);
          if (!WINDOWS_CJK_FONTS.includes(font) && !(alt && WINDOWS_CJK_FONTS.includes(alt))) problems.push(`${e.name}.${e.lang}: ${font} falls back to ${alt ?? "nothing"}`);
        }
      }
      if (fonts.eastAsia.size === 0) problems.push(`${e.name}.${e.lang}: no East Asian font named`);
    }
    expect(problems).toEqual([]);
  });

  it("gives the 公文 fonts the fallbacks of GB/T 9704 practice: 仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体", () => {
    const table = strFromU8(unzipSync(exports.find((e) => e.name === "minutes-gongwen" && e.lang === "zh")!.bytes)["word/fontTable.xml"]);
    expect(table).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(table).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
  });
});

describeWithTools(["libreoffice", "pdftoppm", "cjkFonts"], "every zh export rendered by LibreOffice", () => {
  it("sets its Chinese text in Noto CJK, never in a Latin fallback", () => {
    for (const e of exports.filter((x) => x.lang === "zh" && ["record", "minutes-gongwen", "weekly"].includes(x.name))) {
      const fonts = renderDocx(e.bytes, e.name).fonts;
      expect(fonts, e.name).toMatch(/Noto(Sans|Serif)CJK/);
      // 仿宋_GB2312 body text is a Song-style face (test/fixtures/fontconfig), not the sans fallback.
      if (e.name === "minutes-gongwen") expect(fonts, e.name).toMatch(/NotoSerifCJK/);
    }
  }, 240_000);
});

describeWithTools(["pythonDocx"], "every export opened by python-docx", () => {
  it("opens with its text, sections, headers and footers readable", () => {
    for (const e of exports) {
      const doc = inspectDocx(e.bytes);
      expect(doc.deepParagraphs.join("").length, `${e.name}.${e.lang}`).toBeGreaterThan(0);
      expect(doc.sections.length, `${e.name}.${e.lang}`).toBeGreaterThan(0);
      expect(doc.sections.every((s) => s.width_mm > 200 || s.height_mm > 200), `${e.name}.${e.lang}`).toBe(true);
    }
  });
});
