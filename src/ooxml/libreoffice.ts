// LibreOffice 7.4 (Debian 12, and what many WPS/LibreOffice users run) damages a content control
// in a table cell — around the whole cell (what ccr wrote before, and what Word writes when a user
// wraps a cell) or inside it around the cell's paragraphs (the record form's value controls now) —
// when it saves a .docx: the tag is dropped, and each paragraph of the
// cell comes out as two or more sibling inline controls holding copies of its text — the first one
// holds the paragraph's text exactly, the others repeat it interleaved with its text portions
// ("沟通主题" becomes 沟通主题 | 沟通主题沟通主题 | 沟通主题). Word and LibreOffice then show the repeats.
//
// The signature is specific: a paragraph whose only content is two or more tag-less controls, the
// first with non-empty text T, every other holding T. Such a paragraph is repaired by keeping the
// first control's content (unwrapped) and dropping the copies. A paragraph of two ordinary inline
// controls (a template's [姓名][工号]) does not match: the second does not repeat the first.

import type { Element, Node } from "@xmldom/xmldom";
import { elements, isW, wChild } from "./dom";

/** The text of w:t elements under an element (all that matters for comparing the copies). */
function plainText(el: Element): string {
  let text = "";
  const visit = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (isW(e, "t")) text += e.textContent ?? "";
      else if (isW(e, "tab")) text += "\t";
      else if (isW(e, "br") || isW(e, "cr")) text += "\n";
      else visit(e);
    }
  };
  visit(el);
  return text;
}

function hasTag(sdt: Element): boolean {
  const pr = wChild(sdt, "sdtPr");
  return pr !== undefined && wChild(pr, "tag") !== undefined;
}

/** A run holding only line breaks: where LibreOffice moves a paragraph's breaks, out of the copies (left in place). */
function isBreakRun(el: Element): boolean {
  return isW(el, "r") && elements(el).every((c) => isW(c, "rPr") || isW(c, "br"));
}

/** The paragraph's content that the signature looks at: its controls (properties and displaced breaks left out). */
function repeatCandidates(p: Element): Element[] {
  return elements(p).filter((el) => !isW(el, "pPr") && !isBreakRun(el));
}

/** Whether the paragraph carries LibreOffice 7.4's repeated copies of a cell control (see above). */
export function isLibreOfficeRepeat(p: Element): boolean {
  const content = repeatCandidates(p);
  if (content.length < 2 || !content.every((el) => isW(el, "sdt") && !hasTag(el))) return false;
  const first = plainText(content[0]);
  if (first === "") return false;
  return content.slice(1).every((sdt) => plainText(sdt).includes(first)) && content.slice(1).some((sdt) => plainText(sdt).length > first.length);
}

/**
 * Repairs every damaged paragraph under `root` in place (keeps the first copy's runs, unwrapped from
 * its control; removes the other copies). Returns how many paragraphs were repaired.
 */
export function repairLibreOfficeRepeats(root: Element): number {
  const paragraphs: Element[] = [];
  const visit = (n: Node) => {
    for (const el of elements(n)) {
      if (isW(el, "p")) {
        if (isLibreOfficeRepeat(el)) paragraphs.push(el);
      } else visit(el);
    }
  };
  visit(root);
  for (const p of paragraphs) {
    const [first, ...copies] = repeatCandidates(p);
    for (const copy of copies) p.removeChild(copy);
    const content = wChild(first, "sdtContent");
    for (const run of content ? elements(content) : []) p.insertBefore(run, first);
    p.removeChild(first);
  }
  return paragraphs.length;
}
