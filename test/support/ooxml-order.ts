// The child order ECMA-376 (Part 1, WordprocessingML schema) prescribes for the elements ccr writes, and a
// checker for a part's XML. Word refuses or "repairs" a document whose children come out of order;
// LibreOffice and python-docx let it pass, which is why this check exists.
//
// Each sequence is a list of groups: a group's elements may come in any order among themselves (an
// xsd:choice), groups in the order given. "*" is a group for any element (block content, range markup).

type Sequence = readonly (readonly string[])[];

const one = (...names: string[]): Sequence => names.map((n) => [n]);

const RPR_BASE = [
  "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss",
  "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
  "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
  "specVanish", "oMath",
];

/** Child order of the elements checked, by local name (all in the w: namespace). */
export const OOXML_ORDER: Readonly<Record<string, Sequence>> = {
  pPr: one(
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
    "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
    "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
    "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
    "rPr", "sectPr", "pPrChange",
  ),
  // A paragraph mark's rPr may start with the revision marks; a run's has none (the same order otherwise).
  rPr: one("ins", "del", "moveFrom", "moveTo", ...RPR_BASE, "rPrChange"),
  tblPr: one(
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
    "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription",
    "tblPrChange",
  ),
  tcPr: one(
    "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection", "tcFitText",
    "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge", "tcPrChange",
  ),
  // CT_TrPrBase is a choice: its properties in any order, the revision marks after them.
  trPr: [
    ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden"],
    ["ins"],
    ["del"],
    ["trPrChange"],
  ],
  sectPr: [
    ["headerReference", "footerReference"],
    ...one(
      "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols",
      "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
      "sectPrChange",
    ),
  ],
  tbl: [["tblPr"], ["tblGrid"], ["*"]],
  tc: [["tcPr"], ["*"]],
  // Where the properties above sit: first in their element.
  p: [["pPr"], ["*"]],
  r: [["rPr"], ["*"]],
  tr: [["tblPrEx"], ["trPr"], ["*"]],
  sdt: one("sdtPr", "sdtEndPr", "sdtContent"),
  // Borders and margins (transitional names left/right and strict start/end are alternatives).
  tblBorders: [["top"], ["left", "start"], ["bottom"], ["right", "end"], ["insideH"], ["insideV"]],
  tcBorders: [["top"], ["left", "start"], ["bottom"], ["right", "end"], ["insideH"], ["insideV"], ["tl2br"], ["tr2bl"]],
  tblCellMar: [["top"], ["left", "start"], ["bottom"], ["right", "end"]],
  tcMar: [["top"], ["left", "start"], ["bottom"], ["right", "end"]],
  pBdr: one("top", "left", "bottom", "right", "between", "bar"),
  // fontTable.xml
  font: one("altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig", "embedRegular", "embedBold", "embedItalic", "embedBoldItalic"),
  // styles.xml
  docDefaults: one("rPrDefault", "pPrDefault"),
  style: one(
    "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden", "unhideWhenUsed",
    "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr",
    "tblStylePr",
  ),
};

export interface OrderProblem {
  parent: string;
  /** The children of the element, as written. */
  children: string[];
  message: string;
}

// A start, end or empty tag; quoted attribute values may hold ">".
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** Every element of `xml` named in OOXML_ORDER (w: prefix) whose children are out of order or unknown. */
export function checkOoxmlOrder(xml: string, order: Readonly<Record<string, Sequence>> = OOXML_ORDER): OrderProblem[] {
  const text = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<\?[\s\S]*?\?>/g, "");
  const stack: { name: string; children: string[] }[] = [];
  const problems: OrderProblem[] = [];
  for (const m of text.matchAll(TAG)) {
    const [, close, name, , empty] = m;
    if (close) {
      const done = stack.pop();
      if (!done || done.name !== name) throw new Error(`malformed XML near </${name}>`);
      const problem = checkChildren(done.name, done.children, order);
      if (problem) problems.push(problem);
      continue;
    }
    stack.at(-1)?.children.push(name);
    if (empty) {
      const problem = checkChildren(name, [], order);
      if (problem) problems.push(problem);
    } else stack.push({ name, children: [] });
  }
  if (stack.length > 0) throw new Error(`malformed XML: <${stack.at(-1)!.name}> not closed`);
  return problems;
}

function checkChildren(qname: string, children: string[], order: Readonly<Record<string, Sequence>>): OrderProblem | null {
  if (!qname.startsWith("w:")) return null;
  const parent = qname.slice(2);
  const sequence = order[parent];
  if (!sequence) return null;
  const groupOf = (child: string): number => {
    const local = child.startsWith("w:") ? child.slice(2) : null;
    const named = local === null ? -1 : sequence.findIndex((g) => g.includes(local));
    return named >= 0 ? named : sequence.findIndex((g) => g.includes("*"));
  };
  let last = -1;
  for (const [i, child] of children.entries()) {
    const group = groupOf(child);
    if (group < 0) return { parent: qname, children, message: `<${child}> is not a child ECMA-376 allows in <${qname}>` };
    if (group < last) return { parent: qname, children, message: `<${child}> comes after <${children[i - 1]}> in <${qname}>; ECMA-376 wants it before` };
    // Each named element appears once; only "*" and the choices that repeat (header/footer references) may repeat.
    if (group === last && sequence[group].length === 1 && sequence[group][0] !== "*") {
      return { parent: qname, children, message: `<${child}> appears twice in <${qname}>` };
    }
    last = group;
  }
  return null;
}
