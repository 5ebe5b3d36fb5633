// Messages of 转换为 ccr 记录 (English), spread into the catalogue of en.ts; same keys as adopt.zh.ts.
export const adoptEn = {
  "adopt.title": "Existing record form",
  "adopt.hint": "A record form filled in by hand: put the cursor in its table and convert it into a ccr record. Only controls are added around what was filled in; the text stays as it is, and Ctrl+Z undoes it.",
  "adopt.button": "Convert to a ccr record",
  "adopt.working": "Recognising…",
  "adopt.done": "Converted to a ccr record: {fields} fields recognised, {unfilled} not filled in, {unmapped} labels not mapped. Ctrl+Z undoes it.",
  "adopt.doneRepaired":
    "Converted to a ccr record: {fields} fields recognised, {unfilled} not filled in, {unmapped} labels not mapped. The form had been saved by LibreOffice: {repairs} paragraphs of repeated text were repaired (a LibreOffice 7.4 defect). Ctrl+Z undoes it.",
  "adopt.noTable": "Put the cursor in the record form's table first, then convert.",
  "adopt.notAForm": "The table at the cursor does not read as a record form (only {labels} of its labels found); nothing was changed.",
  "adopt.already": "This table is already a ccr record.",
  "adopt.failed": "Could not convert: {reason}",
  "adopt.notStored": "Converted to a ccr record, but the record data could not be kept in the document: {reason}. Save the document and try again.",
  "adopt.undo": "Undo the conversion",
  "adopt.undone": "Conversion undone: the controls are gone, the text is as it was.",
} as const;
