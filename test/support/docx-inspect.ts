// Test helpers for .docx exports: open a file with python-docx (what other programs see) and
// render it with LibreOffice to PDF and PNG. Used inside describeWithTools suites only.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

export interface InspectedDocx {
  paragraphs: string[];
  tables: { rows: { cells: string[]; header: boolean; cantSplit: boolean }[] }[];
  sections: { orientation: string; width_mm: number; height_mm: number; top_mm: number; left_mm: number; right_mm: number; bottom_mm: number }[];
  headers: string[];
  footers: string[];
  /** Paragraphs outside tables, content controls included (python-docx's paragraphs skip those). */
  deepParagraphs: string[];
  /** Tables anywhere, cells wrapped in content controls included. */
  deepTables: { rows: { cells: string[]; header: boolean }[] }[];
  /** eastAsia font names used anywhere in document.xml and styles.xml. */
  eastAsiaFonts: string[];
}

const SCRIPT = String.raw`
import json, sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
def row_info(r):
    trPr = r._tr.trPr
    has = lambda tag: trPr is not None and trPr.find(qn(tag)) is not None
    return {"cells": [c.text for c in r.cells], "header": has("w:tblHeader"), "cantSplit": has("w:cantSplit")}
out = {
  "paragraphs": [p.text for p in d.paragraphs],
  "tables": [{"rows": [row_info(r) for r in t.rows]} for t in d.tables],
  "sections": [{"orientation": str(s.orientation), "width_mm": s.page_width.mm, "height_mm": s.page_height.mm,
                "top_mm": s.top_margin.mm, "left_mm": s.left_margin.mm, "right_mm": s.right_margin.mm, "bottom_mm": s.bottom_margin.mm}
               for s in d.sections],
  "headers": ["\n".join(p.text for p in s.header.paragraphs) for s in d.sections],
  "footers": ["\n".join(p.text for p in s.footer.paragraphs) for s in d.sections],
}
fonts = set()
for part in [d.part, d.part.styles]:
    for el in (part.element if hasattr(part, "element") else part).iter(qn("w:rFonts")):
        v = el.get(qn("w:eastAsia"))
        if v: fonts.add(v)
out["eastAsiaFonts"] = sorted(fonts)
# What python-docx's own API does not reach: paragraphs and tables inside block-level content
# controls, and cells wrapped by cell-level controls (w:tr/w:sdt/w:sdtContent/w:tc).
def ptext(p):
    return "".join(t.text or "" for t in p.iter(qn("w:t")))
def ctext(tc):
    return "\n".join(ptext(p) for p in tc.iter(qn("w:p")))
body = d.element.body
out["deepParagraphs"] = [ptext(p) for p in body.iter(qn("w:p")) if not any(a.tag == qn("w:tc") for a in p.iterancestors())]
out["deepTables"] = [{"rows": [{"cells": [ctext(tc) for tc in tr.iter(qn("w:tc"))],
                                "header": tr.find(qn("w:trPr")) is not None and tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None}
                               for tr in tbl.iter(qn("w:tr"))]}
                     for tbl in body.iter(qn("w:tbl"))]
print(json.dumps(out, ensure_ascii=False))
`;

export function scratchDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `ccr-${name}-`));
}

export function inspectDocx(bytes: Uint8Array, dir = scratchDir("inspect")): InspectedDocx {
  const file = join(dir, "inspect.docx");
  writeFileSync(file, bytes);
  const out = execFileSync("/usr/bin/python3", ["-c", SCRIPT, file], { encoding: "utf8" });
  return JSON.parse(out) as InspectedDocx;
}

/** The fonts the documents name for Windows set in the Noto CJK face of the same style (the file says why). */
export const RENDER_FONTS = join(import.meta.dirname, "..", "fixtures", "fontconfig", "ccr-fonts.conf");

/** Renders with LibreOffice and returns the PNG page files (first `pages` pages, 80 dpi). */
export function renderDocx(bytes: Uint8Array, name: string, pages = 1): { pdf: string; pngs: string[]; text: string; fonts: string } {
  const dir = scratchDir("render");
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, bytes);
  const profile = join(dir, "lo-profile");
  mkdirSync(profile);
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], {
    stdio: "ignore",
    timeout: 120_000,
    env: { ...process.env, FONTCONFIG_FILE: RENDER_FONTS },
  });
  const pdf = join(dir, `${name}.pdf`);
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", String(pages), pdf, join(dir, name)]);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
  const pngs = readdirSync(dir)
    .filter((f) => f.startsWith(basename(name)) && f.endsWith(".png"))
    .sort()
    .map((f) => join(dir, f));
  return { pdf, pngs, text, fonts };
}
