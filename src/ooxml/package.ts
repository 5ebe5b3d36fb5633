// Packaging the form body: a flat-OPC package (pkg:package) for Word's insertOoxml, and the parts a
// standalone .docx needs (document.xml, styles.xml, [Content_Types].xml, relationships). The export
// code zips the parts; Word inserts the flat package. Both carry the same body XML.

import { fontTableXml } from "./font-table";
import { FONTS, W_NS } from "./wordml";

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";
const CT_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
const REL_FONT_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
const CT_FONT_TABLE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const REL_FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
const CT_FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
const FOOTER_REL_ID = "rIdCcrFooter";

/**
 * A4 portrait with the margins of Chinese official documents (2.54 cm top/bottom, 3.17 cm left/right),
 * and the page-number footer when there is one.
 */
export function sectionPropertiesXml(withFooter = false): string {
  return (
    "<w:sectPr>" +
    (withFooter ? `<w:footerReference w:type="default" r:id="${FOOTER_REL_ID}"/>` : "") +
    '<w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>' +
    '<w:pgNumType w:start="1"/></w:sectPr>'
  );
}

export const SECTION_PROPERTIES_XML = sectionPropertiesXml();

/** A page field (PAGE, NUMPAGES) as a simple field with its current text. */
function fieldXml(instruction: string, shown: string): string {
  return `<w:fldSimple w:instr=" ${instruction} \\* MERGEFORMAT "><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>${shown}</w:t></w:r></w:fldSimple>`;
}

/** The footer: 第 X 页 共 Y 页 (Page X of Y), centred, 小五. */
export function pageNumberFooterXml(lang: "zh" | "en"): string {
  const run = (text: string) => `<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const [before, middle, after] = lang === "en" ? ["Page ", " of ", ""] : ["第 ", " 页　共 ", " 页"];
  return (
    `${XML_DECL}<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
    run(before) + fieldXml("PAGE", "1") + run(middle) + fieldXml("NUMPAGES", "1") + (after ? run(after) : "") +
    "</w:p></w:ftr>"
  );
}

/** The document part: body XML (e.g. recordFormBodyXml) inside w:document, with a section. */
export function documentXml(bodyXml: string, sectionXml: string = SECTION_PROPERTIES_XML): string {
  return `${XML_DECL}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${bodyXml}${sectionXml}</w:body></w:document>`;
}

/** The paragraph style of the record form's title. */
export const TITLE_STYLE = "CcrTitle";

/** Styles: Normal in 宋体 10.5 pt (五号) with eastAsia fonts set, and Word's placeholder style. */
export function stylesXml(): string {
  return (
    `${XML_DECL}<w:styles xmlns:w="${W_NS}">` +
    "<w:docDefaults><w:rPrDefault><w:rPr>" +
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>' +
    '<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>' +
    "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"300\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>" +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    // The form's title carries its look in a style too: LibreOffice ignores direct run formatting
    // on the first paragraph inside a content control.
    `<w:style w:type="paragraph" w:styleId="${TITLE_STYLE}"><w:name w:val="ccr Title"/>` + '<w:basedOn w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="黑体"/><w:b/><w:bCs/>' +
    '<w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/>' +
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    "</w:styles>"
  );
}

export interface DocxPartsOptions {
  /** Page numbers in the footer, in this language (the record form as a file). */
  readonly pageNumbers?: "zh" | "en";
}

/** Parts of a minimal .docx holding the body, by path inside the zip (strings, UTF-8). */
export function docxParts(bodyXml: string, options: DocxPartsOptions = {}): Record<string, string> {
  const footer = options.pageNumbers;
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="${CT_RELS}"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="${CT_DOCUMENT}"/>` +
      `<Override PartName="/word/styles.xml" ContentType="${CT_STYLES}"/>` +
      `<Override PartName="/word/fontTable.xml" ContentType="${CT_FONT_TABLE}"/></Types>`,
    "_rels/.rels": `${XML_DECL}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`,
    "word/_rels/document.xml.rels":
      `${XML_DECL}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_STYLES}" Target="styles.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_FONT_TABLE}" Target="fontTable.xml"/></Relationships>`,
    "word/document.xml": documentXml(bodyXml, sectionPropertiesXml(footer !== undefined)),
    "word/styles.xml": stylesXml(),
    // The form's fonts with their fallbacks, so Word and WPS substitute a Chinese font for a missing one.
    "word/fontTable.xml": fontTableXml(Object.values(FONTS).flatMap((f) => [f.eastAsia, f.latin])),
  };
  if (footer) {
    parts["word/footer1.xml"] = pageNumberFooterXml(footer);
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
      "</Relationships>",
      `<Relationship Id="${FOOTER_REL_ID}" Type="${REL_FOOTER}" Target="footer1.xml"/></Relationships>`,
    );
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
      "</Types>",
      `<Override PartName="/word/footer1.xml" ContentType="${CT_FOOTER}"/></Types>`,
    );
  }
  return parts;
}

function stripDecl(xml: string): string {
  return xml.startsWith("<?xml") ? xml.slice(xml.indexOf("?>") + 2) : xml;
}

/**
 * The body wrapped as a flat-OPC package, the form insertOoxml expects. The body holds no w:sectPr
 * (inserting one would change the page setup of the user's document).
 */
export function flatOpcPackage(bodyXml: string): string {
  const part = (name: string, type: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${stripDecl(xml)}</pkg:xmlData></pkg:part>`;
  return (
    `${XML_DECL}<?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="${PKG_NS}">` +
    part("/_rels/.rels", CT_RELS, `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`) +
    part(
      "/word/_rels/document.xml.rels",
      CT_RELS,
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_STYLES}" Target="styles.xml"/></Relationships>`,
    ) +
    part("/word/document.xml", CT_DOCUMENT, documentXml(bodyXml, "")) +
    part("/word/styles.xml", CT_STYLES, stylesXml()) +
    "</pkg:package>"
  );
}
