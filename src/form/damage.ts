// What can be wrong with a record form in a document: the damage kinds that reading reports and 修复
// repairs, for ccr's own form and for a converted hand-filled one alike.

import type { Bilingual } from "../domain/record/i18n";

export type DamageKind =
  /** A value control of the form is gone (its text may remain in the cell). */
  | "missing-control"
  /** A control appears twice (a copied row or cell); the copy is read as a new item. */
  | "duplicate-control"
  /** The action-item table was split, or a table of the form is missing. */
  | "split-table"
  /** Controls of another record were pasted into this form. */
  | "foreign-control"
  /** A row added by hand without controls; its text is read as an action item. */
  | "untagged-row"
  /** The control wrapping the whole form is gone. */
  | "missing-root"
  /** The record JSON kept in the document is missing; fields not shown in the form are lost. */
  | "missing-stored"
  /** The whole form is in the document more than once (copied and pasted): one id for several forms. */
  | "duplicate-form";

export interface Damage {
  readonly kind: DamageKind;
  /** Field path concerned, e.g. actions[2].owner, when there is one. */
  readonly path?: string;
  /** Id of the other record (foreign-control). */
  readonly otherRecordId?: string;
  /** What is wrong and what 修复 will do. */
  readonly message: Bilingual;
}
