// Writing records changed by a tracker import back into a .docx that holds ccr's record form (issue
// 22): the status cell of each changed item shows the new status, in the form's own words (the
// form's status codec, src/form/layout.ts), and the add-in's stored copy of the record (the
// document settings, src/ooxml/web-extension.ts) gets the whole new record, progress notes included.
// Nothing else in the package changes: every other part, and every other run, paragraph and control
// of the document, stays as it was — the form was written once (record-docx.ts or Word); only the
// texts that changed are set, as the Word adapter sets a control's text.

import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { strToU8, zipSync, type Zippable } from "fflate";
import { STATUS_LABELS } from "../../domain/record/fields";
import type { Bilingual } from "../../domain/record/i18n";
import { ACTION_STATUSES, recordLang, serialiseRecord, type CcrRecord, type Lang } from "../../domain/record/record";
import { actionPath } from "../../domain/record/record-path";
import { setCellText } from "../../ooxml/adopt-form";
import { elements, isW, wAttr, wChild } from "../../ooxml/dom";
import { actionColumn } from "../../form/layout";
import { DEFAULT_DOCX_LIMITS, mainDocumentPath, parseWordXml, unzipWithinLimits } from "../../ooxml/read-docx";
import { fieldTag, rootTag } from "../../form/tags";
import { RECORD_SETTING_PREFIX, WE_NS } from "../../ooxml/web-extension";
import { FONTS, W_NS, linesXml } from "../../ooxml/wordml";
import { legalXmlDeep } from "../../ooxml/xml-text";

export type UpdateDocxResult = { ok: true; bytes: Uint8Array } | { ok: false; error: Bilingual };

/**
 * The .docx with each record's form and stored copy updated to `records` (matched by id; each must be
 * a record this document holds). Fails, changing nothing, when the document holds no form or no stored
 * copy of one of them, or shows a form twice.
 */
export function updateRecordDocx(bytes: Uint8Array, records: readonly CcrRecord[]): UpdateDocxResult {
  try {
    return { ok: true, bytes: update(bytes, records) };
  } catch (e) {
    const text = (e as { text?: Bilingual }).text;
    if (text) return { ok: false, error: text };
    throw e;
  }
}

class UpdateError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

function fail(zh: string, en: string): never {
  throw new UpdateError({ zh, en });
}

function update(bytes: Uint8Array, records: readonly CcrRecord[]): Uint8Array {
  const parts = unzipWithinLimits(bytes, DEFAULT_DOCX_LIMITS, () => true);
  const decoder = new TextDecoder("utf-8");
  const text = (name: string) => decoder.decode(parts.get(name)!);
  const main = mainDocumentPath(new Map(parts.has("_rels/.rels") ? [["_rels/.rels", text("_rels/.rels")]] : [])) ?? "word/document.xml";
  if (!parts.has(main)) fail("不是 Word 文档：缺少正文部分。", "Not a Word document: the main part is missing.");
  const document = parseWordXml(text(main), main) as unknown as Document;
  const settingsParts = [...parts.keys()].filter((name) => /^word\/webextensions\/webextension\d*\.xml$/.test(name));
  const settings = new Map(settingsParts.map((name) => [name, parseWordXml(text(name), name) as unknown as Document]));
  const changedSettings = new Set<string>();

  const controls = taggedControls(document);
  for (const record of records) {
    const id = record.id;
    if (!id) throw new Error("updateRecordDocx: a record without an id");
    const roots = controls.get(rootTag(id)) ?? [];
    if (roots.length === 0) fail(`文档中没有记录 ${id} 的记录表。`, `The document shows no form of record ${id}.`);
    if (roots.length > 1) {
      fail(
        `文档中记录 ${id} 的记录表出现了 ${roots.length} 次；请先在 Word 的 ccr 任务窗格中用“修复”处理后再导入。`,
        `The form of record ${id} is in the document ${roots.length} times; repair it in Word with ccr's 修复 first, then import again.`,
      );
    }
    const setting = findSetting(settings, RECORD_SETTING_PREFIX + id);
    if (!setting) {
      fail(
        `文档中没有记录 ${id} 的完整数据（只有表单），进展无法写入；请用 ccr export record 重新生成记录表后再导入。`,
        `The document holds only the form of record ${id}, not its full data, so progress cannot be kept; write the form again with ccr export record, then import.`,
      );
    }
    record.actions.forEach((action, i) => {
      for (const control of controls.get(fieldTag(id, actionPath(i, "status"))) ?? []) {
        const lang = formLang(control, recordLang(record));
        const wanted = actionColumn("status")!.format(action, lang);
        if (controlText(control) !== wanted) setControlCellText(document, control, wanted);
      }
    });
    setting.property.setAttribute("value", JSON.stringify(serialiseRecord(legalXmlDeep(record))));
    changedSettings.add(setting.part);
  }

  const serializer = new XMLSerializer();
  const files: Zippable = {};
  for (const [name, data] of parts) {
    if (name === main) files[name] = strToU8(serializer.serializeToString(document));
    else if (changedSettings.has(name)) files[name] = strToU8(serializer.serializeToString(settings.get(name)!));
    else files[name] = data;
  }
  return zipSync(files, { level: 6 });
}

/** Every w:sdt with a tag, by tag, in document order. */
function taggedControls(document: Document): Map<string, Element[]> {
  const out = new Map<string, Element[]>();
  for (const sdt of Array.from(document.getElementsByTagNameNS(W_NS, "sdt")) as Element[]) {
    const pr = wChild(sdt, "sdtPr");
    const tag = wAttr(pr && wChild(pr, "tag"), "val");
    if (tag) out.set(tag, [...(out.get(tag) ?? []), sdt]);
  }
  return out;
}

function findSetting(settings: Map<string, Document>, name: string): { part: string; property: Element } | undefined {
  for (const [part, doc] of settings) {
    const properties = Array.from(doc.getElementsByTagNameNS(WE_NS, "property")) as Element[];
    const property = properties.find((p) => p.getAttribute("name") === name);
    if (property) return { part, property };
  }
  return undefined;
}

function controlText(sdt: Element): string {
  const content = wChild(sdt, "sdtContent");
  return content ? Array.from(content.getElementsByTagNameNS(W_NS, "t")).map((t) => t.textContent ?? "").join("") : "";
}

/** The language the status cell is written in: English when it shows an English status, else the record's. */
function formLang(sdt: Element, fallback: Lang): Lang {
  const shown = controlText(sdt).trim();
  if (ACTION_STATUSES.some((s) => STATUS_LABELS[s].en === shown)) return "en";
  if (ACTION_STATUSES.some((s) => STATUS_LABELS[s].zh === shown)) return "zh";
  return fallback;
}

/**
 * Sets the text of a value cell's control — inside the cell (ccr's form now) or around the whole cell
 * (forms written before): in the cell's own formatting, or as a value when it showed its placeholder.
 */
function setControlCellText(document: Document, sdt: Element, text: string): void {
  const content = wChild(sdt, "sdtContent");
  const around = content && elements(content).find((el) => isW(el, "tc"));
  const parent = sdt.parentNode as Element | null;
  const tc = around ?? (parent && parent.nodeType === 1 && isW(parent, "tc") ? parent : undefined);
  if (!tc || !content) {
    fail(
      "记录表的状态单元格不是 ccr 的格式，无法写入；请用 ccr export record 重新生成记录表后再导入。",
      "A status cell of the form is not in ccr's layout and cannot be written; write the form again with ccr export record, then import.",
    );
  }
  const pr = wChild(sdt, "sdtPr")!;
  const placeholder = wChild(pr, "showingPlcHdr");
  if (!placeholder) {
    setCellText(document, tc, text);
    return;
  }
  // The placeholder's grey run is no format for a value: the value cell as the form writes one.
  pr.removeChild(placeholder);
  const holder = around ? tc : content;
  for (const el of elements(holder)) if (!isW(el, "tcPr")) holder.removeChild(el);
  const snippet = new DOMParser().parseFromString(`<x xmlns:w="${W_NS}">${linesXml([text], FONTS.value)}</x>`, "text/xml");
  for (const p of elements(snippet.documentElement!)) holder.appendChild(document.importNode(p, true));
}
