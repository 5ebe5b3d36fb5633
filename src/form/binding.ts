// The two kinds of record form behind one binding, chosen once from the stored record: ccr's own form
// (built by src/ooxml/record-form.ts, read cell by cell with its tables) and a converted hand-filled
// form (its adopted cells only). Readers and 修复 ask the binding; nothing else tells the kinds apart.

import { readAdoption } from "../domain/recognise/adoption";
import type { CcrRecord } from "../domain/record/record";
import { adoptedDamage, readAdoptedControls, withoutAdoption } from "./adopted";
import { readForm, type FormReading, type FormSnapshot } from "./read";

export interface FormBinding {
  readonly kind: "own" | "adopted";
  /** Whether reading needs the values of the form's tables (a converted form is read from its controls alone). */
  readonly readsTables: boolean;
  /** The record as the document shows it, merged over the stored record, with a damage report. */
  read(snapshot: FormSnapshot): FormReading;
  /** The record 修复 rebuilds as ccr's own form (a converted form becomes one). */
  repairedRecord(reading: FormReading): CcrRecord;
}

const ownForm: FormBinding = {
  kind: "own",
  readsTables: true,
  read: readForm,
  repairedRecord: (reading) => reading.record,
};

const adoptedForm: FormBinding = {
  kind: "adopted",
  readsTables: false,
  read(snapshot) {
    const stored = snapshot.stored!;
    const adopted = readAdoptedControls(stored, snapshot.controls);
    return { record: adopted.record, changedInDocument: adopted.changed, damage: adoptedDamage(stored, snapshot.controls), strayText: [] };
  },
  repairedRecord: (reading) => withoutAdoption(reading.record),
};

/** The binding of a record's form: a converted form when the stored record says so, ccr's own otherwise. */
export function formBinding(stored: CcrRecord | undefined): FormBinding {
  return stored && readAdoption(stored) ? adoptedForm : ownForm;
}
