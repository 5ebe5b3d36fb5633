// The add-in's document settings inside a .docx. Office keeps Office.context.document.settings of a
// task-pane add-in in a web-extension part (word/webextensions/webextension1.xml), one
// <we:property name=KEY value=JSON-of-the-value/> per setting, linked from the package through the
// task-pane part. The Word adapter stores each record there (key "ccr.record.<id>", the record JSON
// as a string; index key "ccr.records"), so a .docx written with these parts opens in Word with the
// records the add-in reads, and `ccr extract` reads the same properties back.

import { isRecordId } from "../domain/record/record-id";
import { xmlText } from "./xml-text";

/** The add-in's id and version as in manifest.xml (<Id>, <Version>); a test keeps them equal. */
export const ADDIN_ID = "b1995fd9-70c3-4add-8e9e-d8b4dfa93e1d";
export const ADDIN_VERSION = "0.1.0.0";

/** Keys of the Word adapter's record store (src/word/record-store.ts). */
export const RECORD_SETTING_PREFIX = "ccr.record.";
export const RECORD_INDEX_SETTING = "ccr.records";
/**
 * Set by ccr when it writes a record form (src/export/record-docx.ts) and has read the file back the
 * thorough way to the very records it stores: a checksum of the document parts and of the stored
 * records (writtenChecksum of src/export/extract.ts). While both are unchanged, the records are read
 * from the settings alone.
 */
export const WRITTEN_SETTING = "ccr.written";

export const AUTO_SHOW = "Office.AutoShowTaskpaneWithDocument";

export const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
export const WETP_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
export const REL_WEBEXTENSION = "http://schemas.microsoft.com/office/2011/relationships/webextension";
export const REL_TASKPANES = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
export const CT_WEBEXTENSION = "application/vnd.ms-office.webextension+xml";
export const CT_TASKPANES = "application/vnd.ms-office.webextensiontaskpanes+xml";

export const TASKPANES_PATH = "word/webextensions/taskpanes.xml";
export const WEBEXTENSION_PATH = "word/webextensions/webextension1.xml";

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface WebExtensionParts {
  /** Part path → XML text. */
  parts: Record<string, string>;
  /** Relationship from the package root (_rels/.rels) to the task-pane part. */
  rootRelationship: { type: string; target: string };
  contentTypes: { partName: string; contentType: string }[];
}

/**
 * The parts holding the settings, plus the pane entry that reopens the add-in with the document
 * (the part layout of Microsoft's "automatically open a task pane with a document").
 */
export function webExtensionParts(settings: Readonly<Record<string, unknown>>): WebExtensionParts {
  // Office.AutoShowTaskpaneWithDocument opens the pane with the document where the add-in is installed.
  const properties = Object.entries({ [AUTO_SHOW]: true, ...settings })
    .map(([name, value]) => `<we:property name="${xmlText(name)}" value="${xmlText(JSON.stringify(value))}"/>`)
    .join("");
  const webextension =
    `${XML_DECL}<we:webextension xmlns:we="${WE_NS}" id="{${ADDIN_ID.toUpperCase()}}">` +
    `<we:reference id="${ADDIN_ID}" version="${ADDIN_VERSION}" store="developer" storeType="Registry"/>` +
    `<we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/>` +
    `<we:snapshot xmlns:r="${R_NS}"/></we:webextension>`;
  const taskpanes =
    `${XML_DECL}<wetp:taskpanes xmlns:wetp="${WETP_NS}"><wetp:taskpane dockstate="right" visibility="0" width="350" row="0">` +
    `<wetp:webextensionref xmlns:r="${R_NS}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`;
  const taskpanesRels =
    `${XML_DECL}<Relationships xmlns="${REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_WEBEXTENSION}" Target="webextension1.xml"/></Relationships>`;
  return {
    parts: {
      [TASKPANES_PATH]: taskpanes,
      "word/webextensions/_rels/taskpanes.xml.rels": taskpanesRels,
      [WEBEXTENSION_PATH]: webextension,
    },
    rootRelationship: { type: REL_TASKPANES, target: TASKPANES_PATH },
    contentTypes: [
      { partName: `/${TASKPANES_PATH}`, contentType: CT_TASKPANES },
      { partName: `/${WEBEXTENSION_PATH}`, contentType: CT_WEBEXTENSION },
    ],
  };
}

/**
 * The settings that hold records: record id → the stored record JSON text. Only valid ids (isRecordId):
 * an id becomes part of tags and file names, and ccr never writes another (see invalidRecordIds).
 */
export function recordSettings(settings: Readonly<Record<string, unknown>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(settings)) {
    if (!key.startsWith(RECORD_SETTING_PREFIX) || typeof value !== "string") continue;
    const id = key.slice(RECORD_SETTING_PREFIX.length);
    if (isRecordId(id)) out.set(id, value);
  }
  return out;
}

/** Record settings whose id is not a valid record id: the document was not written by ccr as it is. */
export function invalidRecordIds(settings: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(settings)
    .filter((key) => key.startsWith(RECORD_SETTING_PREFIX))
    .map((key) => key.slice(RECORD_SETTING_PREFIX.length))
    .filter((id) => !isRecordId(id));
}
