// The neutral block model of a document body: what the .docx reader (src/ooxml) and the Word
// adapter (src/word) produce, and what recognition of hand-filled forms (domain/recognise) reads.
// It holds only text and structure, in document order: paragraphs and tables, with the tags of the
// content controls found in them. Nothing here knows about XML or the Office object model.

/** A content control met inside a paragraph or a cell: its tag (e.g. `ccr:<id>:topic`) and its text. */
export interface DocControl {
  tag: string;
  title?: string;
  text: string;
}

export interface DocParagraph {
  kind: "paragraph";
  /** The paragraph's visible text (runs joined, no trailing newline). */
  text: string;
  /** Style id or name when known (e.g. "Heading1"); never needed by recognition. */
  style?: string;
  controls?: DocControl[];
}

export interface DocCell {
  /** The cell's visible text: its paragraphs joined with "\n" (a nested table's text included). */
  text: string;
  /** How many grid columns the cell spans (w:gridSpan); 1 when absent. */
  gridSpan?: number;
  /** Vertical merge (w:vMerge): "restart" starts a merged block, "continue" cells repeat the one above. */
  vMerge?: "restart" | "continue";
  controls?: DocControl[];
}

export interface DocRow {
  cells: DocCell[];
}

export interface DocTable {
  kind: "table";
  rows: DocRow[];
}

export type DocBlock = DocParagraph | DocTable;

/** Where a piece of text came from: block index, and row/cell for tables, line within a multi-line text. */
export interface BlockSource {
  block: number;
  row?: number;
  cell?: number;
  /** 0-based line of the paragraph or cell text (lines split at "\n"), when the value is one line of several. */
  line?: number;
}

export function paragraph(text: string): DocParagraph {
  return { kind: "paragraph", text };
}

/** A table from plain cell texts, for tests and simple producers. */
export function table(rows: readonly (readonly (string | DocCell)[])[]): DocTable {
  return {
    kind: "table",
    rows: rows.map((cells) => ({ cells: cells.map((c) => (typeof c === "string" ? { text: c } : c)) })),
  };
}

/** Formats a source for people: 第2个表格第3行第1格 / table 2, row 3, cell 1. Indices shown 1-based. */
export function describeSource(source: BlockSource, blocks: readonly DocBlock[]): { zh: string; en: string } {
  const block = blocks[source.block];
  const isTable = block?.kind === "table";
  const ordinal = ordinalOfKind(blocks, source.block);
  let zh = isTable ? `第${ordinal}个表格` : `第${ordinal}段`;
  let en = isTable ? `table ${ordinal}` : `paragraph ${ordinal}`;
  if (source.row !== undefined) {
    zh += `第${source.row + 1}行`;
    en += `, row ${source.row + 1}`;
  }
  if (source.cell !== undefined) {
    zh += `第${source.cell + 1}格`;
    en += `, cell ${source.cell + 1}`;
  }
  if (source.line !== undefined) {
    zh += `第${source.line + 1}行文字`;
    en += `, line ${source.line + 1}`;
  }
  return { zh, en };
}

function ordinalOfKind(blocks: readonly DocBlock[], index: number): number {
  const kind = blocks[index]?.kind;
  let n = 0;
  for (let i = 0; i <= index && i < blocks.length; i++) if (blocks[i].kind === kind) n++;
  return n || index + 1;
}
