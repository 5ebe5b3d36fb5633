// Turns the hand-filled forms of test/fixtures/forms.ts (block model) into real .docx files with the
// `docx` library, as a person typing them in Word would leave them: plain paragraphs and tables, no
// content controls, merged cells as w:gridSpan / w:vMerge, one paragraph per line of a cell.

import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from "docx";
import type { DocBlock, DocCell } from "../../src/domain/recognise/blocks";

const FONT = { ascii: "Calibri", eastAsia: "SimSun", hAnsi: "Calibri" };

function textParagraph(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, font: FONT })] });
}

function cell(c: DocCell): TableCell {
  const lines = c.text.split("\n");
  return new TableCell({
    children: lines.map(textParagraph),
    ...(c.gridSpan && c.gridSpan > 1 ? { columnSpan: c.gridSpan } : {}),
    ...(c.vMerge ? { verticalMerge: c.vMerge === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
  });
}

/** A .docx holding the blocks in order; a table with no rows is left out (Word has none). */
export async function formDocx(blocks: readonly DocBlock[]): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") children.push(textParagraph(block.text));
    else if (block.rows.length > 0) {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map((row) => new TableRow({ children: row.cells.map(cell) })),
        }),
      );
    }
  }
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
