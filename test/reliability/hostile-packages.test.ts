// Issue 16.2 and 16.3: packages that different readers read differently are refused, and what is
// wrong with a file is said in the user's language, never as the JavaScript engine's message.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDocx } from "../../src/ooxml/read-docx";
import { ccr } from "../support/cli";
import { plainDocxEntries, rawZip, type RawEntry } from "../support/hostile-docx";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentOf = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
const withDocument = (body: string): RawEntry[] => plainDocxEntries().map((e) => (e.name === "word/document.xml" ? { ...e, data: documentOf(body) } : e));

const CASES: Record<string, { entries: RawEntry[]; zh: RegExp; en: RegExp }> = {
  "two word/document.xml": {
    entries: [...plainDocxEntries("给人看的"), { name: "word/document.xml", data: documentOf("<w:p><w:r><w:t>给 ccr 的</w:t></w:r></w:p>") }],
    zh: /两个同名的部分“word\/document\.xml”/,
    en: /"word\/document\.xml" twice/,
  },
  "word/document.xml and Word/Document.xml": {
    entries: [...plainDocxEntries(), { name: "Word/Document.xml", data: documentOf("<w:p/>") }],
    zh: /“word\/document\.xml”与“Word\/Document\.xml”/,
    en: /"word\/document\.xml" and "Word\/Document\.xml" twice/,
  },
  "a document part missing from the central directory": {
    entries: [...plainDocxEntries().map((e) => (e.name === "word/document.xml" ? { ...e, unlisted: true } : e)), { name: "word/document2.xml", data: documentOf("<w:p/>") }],
    zh: /目录与其内容不一致/,
    en: /directory does not match/,
  },
  "word/document.xml compressed with bzip2": {
    entries: plainDocxEntries().map((e) => (e.name === "word/document.xml" ? { ...e, method: 12 } : e)),
    zh: /不支持的压缩方式（bzip2）/,
    en: /compression method that is not supported \(bzip2\)/,
  },
  "runs nested 10,000 deep": {
    entries: withDocument(`<w:p>${"<w:r>".repeat(10_000)}${"</w:r>".repeat(10_000)}</w:p>`),
    zh: /嵌套超过 256 层/,
    en: /more than 256 levels/,
  },
  "content controls nested 26 deep (the reader's work doubled at each level)": {
    entries: withDocument(`${'<w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent>'.repeat(26)}<w:p/>${"</w:sdtContent></w:sdt>".repeat(26)}`),
    zh: /^$/,
    en: /^$/,
  },
};

const dir = mkdtempSync(join(tmpdir(), "ccr-hostile-zip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hostile packages (16.2, 16.3)", () => {
  for (const [what, c] of Object.entries(CASES)) {
    it(`${what}: ${c.zh.source === "^$" ? "read" : "refused"} with a message in the user's language`, async () => {
      const bytes = rawZip(c.entries);
      const read = readDocx(bytes);
      if (c.zh.source === "^$") {
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.content.controls).toHaveLength(26);
        return;
      }
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.error.zh).toMatch(c.zh);
      expect(read.error.en).toMatch(c.en);
      const file = join(dir, "hostile.docx");
      writeFileSync(file, bytes);
      for (const lang of ["zh", "en"] as const) {
        for (const args of [["validate", file], ["extract", file], ["export", "minutes", file, "-o", join(dir, "m.docx")]]) {
          const run = await ccr(args, { lang, cwd: dir });
          expect(run.code).toBe(2);
          expect(run.stderr).toMatch(lang === "zh" ? c.zh : c.en);
          expect(run.stderr).not.toMatch(/constructor|call stack|TypeError|RangeError/);
        }
      }
    });
  }
});
