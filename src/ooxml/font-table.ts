// word/fontTable.xml: what Word and WPS need to substitute a missing font sensibly. For each font its
// other name (w:altName, a font Windows ships: 仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体), the GB2312
// character set (86) for CJK fonts and a PANOSE class, so a machine without 仿宋_GB2312 or 方正小标宋简体
// falls back to an installed Chinese font instead of a Latin one. LibreOffice ignores w:altName and
// maps the Windows names itself (宋体/仿宋/方正小标宋 → Noto Serif CJK, 黑体 → Noto Sans CJK).

import { W_NS } from "./wordml";
import { xmlText } from "./xml-text";

interface FontFacts {
  alt?: string;
  cjk: boolean;
  family: string;
  panose: string;
}

export const FONT_FACTS: Readonly<Record<string, FontFacts>> = {
  宋体: { alt: "SimSun", cjk: true, family: "auto", panose: "02010600030101010101" },
  黑体: { alt: "SimHei", cjk: true, family: "modern", panose: "02010609060101010101" },
  仿宋: { alt: "FangSong", cjk: true, family: "modern", panose: "02010609060101010101" },
  楷体: { alt: "KaiTi", cjk: true, family: "modern", panose: "02010609060101010101" },
  仿宋_GB2312: { alt: "仿宋", cjk: true, family: "modern", panose: "02010609030101010101" },
  楷体_GB2312: { alt: "楷体", cjk: true, family: "modern", panose: "02010609030101010101" },
  方正小标宋简体: { alt: "宋体", cjk: true, family: "script", panose: "02000000000000000000" },
  "Times New Roman": { cjk: false, family: "roman", panose: "02020603050405020304" },
  Arial: { cjk: false, family: "swiss", panose: "020B0604020202020204" },
};

/** The CJK fonts Word and WPS on Windows have (a zh document's fonts are these or fall back to one). */
export const WINDOWS_CJK_FONTS: readonly string[] = ["宋体", "黑体", "仿宋", "楷体", "SimSun", "SimHei", "FangSong", "KaiTi"];

/** The font table naming `fonts` (each once, in the order given). */
export function fontTableXml(fonts: Iterable<string>): string {
  const entries = [...new Set(fonts)].map((name) => {
    const facts = FONT_FACTS[name] ?? { cjk: false, family: "auto", panose: "" };
    return (
      `<w:font w:name="${xmlText(name)}">` +
      (facts.alt ? `<w:altName w:val="${xmlText(facts.alt)}"/>` : "") +
      (facts.panose ? `<w:panose1 w:val="${facts.panose}"/>` : "") +
      `<w:charset w:val="${facts.cjk ? "86" : "00"}"/><w:family w:val="${facts.family}"/><w:pitch w:val="variable"/></w:font>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    entries.join("") +
    "</w:fonts>"
  );
}
