// Export speed: the minutes for 10, 100 and 1,000 action items, the action-item table for 1,000,
// beside a bare `docx` document holding the same table (the floor any docx export stands on) and a
// docxtemplater fill of an equivalent template (the other common way to make such a file).
// Goals (issue 7): 1,000-item minutes in under 0.5 s and within 1.5× of the bare docx figure.

import Docxtemplater from "docxtemplater";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import PizZip from "pizzip";
import { recordLang } from "../src/domain/record/record";
import { exportActionsDocx } from "../src/export/actions-docx";
import { actionCells, actionHeader } from "../src/export/facts";
import { exportMinutesDocx } from "../src/export/minutes-docx";
import { recordWithActions } from "../test/support/export-records";
import { figure, medianMs } from "./framework";

const TIMING = { samples: 7, warmup: 2, minSampleMs: 0 };

for (const n of [10, 100, 1000]) {
  const record = recordWithActions(n);
  figure(`export.minutes.${n}.ms`, "ms", () => medianMs(() => exportMinutesDocx(record), TIMING));
}

const record1000 = recordWithActions(1000);
figure("export.actions.1000.ms", "ms", () => medianMs(() => exportActionsDocx(record1000), TIMING));

/** The same cells as the action-item table, as plain strings. */
function tableCells(): string[][] {
  return [actionHeader(recordLang(record1000)), ...record1000.actions.map((a, i) => actionCells(a, i, record1000))];
}

/** A bare docx document: one table of the same cells, no styles, fonts, header or footer. */
async function bareDocx(cells: string[][]): Promise<Uint8Array> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: cells.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: row.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] })),
        }),
    ),
  });
  return Packer.pack(new Document({ sections: [{ children: [table] }] }), "uint8array");
}

figure("export.raw-docx.1000.ms", "ms", async () => {
  // The cell texts are worked out inside the timed call too, as the real export does.
  return medianMs(() => bareDocx(tableCells()), TIMING);
});

figure("export.docxtemplater.1000.ms", "ms", async () => {
  const keys = ["no", "task", "owner", "ownerDept", "deadline", "deliverable", "cc", "status"];
  // The template: a header row and one loop row `{#rows}{no}` … `{status}{/rows}`.
  const template = await bareDocx([actionHeader("zh"), keys.map((k, i) => (i === 0 ? `{#rows}{${k}}` : i === keys.length - 1 ? `{${k}}{/rows}` : `{${k}}`))]);
  return medianMs(() => {
    const rows = record1000.actions.map((a, i) => Object.fromEntries(actionCells(a, i, record1000).map((c, k) => [keys[k], c])));
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
    doc.render({ rows });
    return doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
  }, TIMING);
});
