// 自检 (self-test): every Word operation ccr uses, run once on this host, each step's outcome in a
// report a person can copy into a message (host, platform, requirement sets, each step ok or its
// error code). It works at the end of the current document and removes what it added; the user's
// own content is not touched, and a step that fails does not stop the others that do not need it.

import { emptyAction, emptyRecord, type CcrRecord } from "../domain/record/record";
import { rootTag } from "../form/tags";
import { agendaTag } from "../ooxml/agenda";
import { defaultAgenda } from "../domain/meeting/agenda";
import { toWordError } from "./errors";
import type { OfficeHost } from "./office-host";
import type { RecordDocument } from "./types";

export type SelfTestStepName =
  | "insert"
  | "write"
  | "addItem"
  | "removeItem"
  | "readTyped"
  | "repair"
  | "agenda"
  | "settings"
  | "cleanup";

export interface SelfTestStep {
  readonly name: SelfTestStepName;
  readonly ok: boolean;
  /** The WordError code (or what went wrong) when not ok. */
  readonly code?: string;
  readonly detail?: string;
}

export interface SelfTestReport {
  readonly platform: string;
  readonly sets: Readonly<Record<string, boolean>>;
  readonly steps: readonly SelfTestStep[];
}

const STEP_LABELS: Record<SelfTestStepName, { zh: string; en: string }> = {
  insert: { zh: "插入记录表", en: "Insert the form" },
  write: { zh: "写入字段", en: "Write a field" },
  addItem: { zh: "增加待办事项", en: "Add an action item" },
  removeItem: { zh: "删除待办事项", en: "Remove an action item" },
  readTyped: { zh: "读回文档中键入的文字", en: "Read back text typed in the document" },
  repair: { zh: "修复", en: "Repair" },
  agenda: { zh: "插入议程", en: "Insert the agenda" },
  settings: { zh: "保存文档设置", en: "Save the document settings" },
  cleanup: { zh: "删除自检内容", en: "Remove what the self-test added" },
};

const TYPED = "自检键入的文字 typed";

/** Moves the cursor to a new empty paragraph at the end of the document (the self-test's place). */
async function placeAtEnd(host: OfficeHost): Promise<void> {
  await host.run(async (context) => {
    const end = context.document.body.insertParagraph("", "End");
    end.select("Start");
    await context.sync();
  });
}

/** Types into a control as a person would (Word's own insertText), outside ccr's adapter. */
async function typeInto(host: OfficeHost, tag: string, text: string): Promise<void> {
  await host.run(async (context) => {
    context.document.body.contentControls.getByTag(tag).getFirst().insertText(text, "Replace");
    await context.sync();
  });
}

/** Removes the self-test's form and agenda, unlocking their roots first (they cannot be deleted, #2829). */
async function removeAdded(host: OfficeHost, id: string): Promise<void> {
  await host.run(async (context) => {
    const controls = context.document.body.contentControls;
    const roots = [controls.getByTag(rootTag(id)), controls.getByTag(agendaTag(id))];
    for (const r of roots) r.load("items/tag");
    await context.sync();
    for (const r of roots) {
      for (const c of r.items) {
        c.cannotDelete = false;
        c.delete(false);
      }
    }
    await context.sync();
  });
}

function failed(name: SelfTestStepName, e: unknown): SelfTestStep {
  const error = toWordError(e);
  return { name, ok: false, code: error.code, detail: error.detail };
}

/** Runs the self-test; never throws (each failure is a step of the report). */
export async function runSelfTest(host: OfficeHost, doc: RecordDocument, newId: () => string): Promise<SelfTestReport> {
  const capabilities = await doc.capabilities();
  const steps: SelfTestStep[] = [];
  const step = async (name: SelfTestStepName, work: () => Promise<void>): Promise<boolean> => {
    try {
      await work();
      steps.push({ name, ok: true });
      return true;
    } catch (e) {
      steps.push(failed(name, e));
      return false;
    }
  };
  const base: CcrRecord = {
    ...emptyRecord(),
    id: newId(),
    topic: "ccr 自检 self-test",
    date: "2026-06-08",
    start: "14:00",
    end: "15:00",
    actions: [{ ...emptyAction(), task: "自检事项 1", owner: "自检", deadline: "2026-06-30" }],
  };
  let record = base;
  const inserted = await step("insert", async () => {
    await placeAtEnd(host);
    record = await doc.insertRecordTemplate(base);
  });
  const id = record.id!;
  if (inserted) {
    await step("write", async () => {
      record = { ...record, place: "自检 / self-test" };
      await doc.writeRecord(record, ["place"]);
      if ((await doc.readRecord(id)).record.place !== record.place) throw new Error("the value written did not read back");
    });
    await step("addItem", async () => {
      record = { ...record, actions: [...record.actions, { ...emptyAction(), task: "自检事项 2", owner: "自检", deadline: "2026-06-30" }] };
      await doc.writeRecord(record, ["actions"]);
      if ((await doc.readRecord(id)).record.actions.length !== 2) throw new Error("the item did not reach the form");
    });
    await step("removeItem", async () => {
      record = { ...record, actions: record.actions.slice(0, 1) };
      await doc.writeRecord(record, ["actions"]);
      if ((await doc.readRecord(id)).record.actions.length !== 1) throw new Error("the item was not removed from the form");
    });
    await step("readTyped", async () => {
      await typeInto(host, `ccr:${id}:recorder`, TYPED);
      if ((await doc.readRecord(id)).record.recorder !== TYPED) throw new Error("the typed text was not read back");
    });
    await step("repair", async () => {
      await doc.repair(id);
      if ((await doc.readRecord(id)).damage.length > 0) throw new Error("damage left after repair");
    });
    await step("agenda", async () => {
      await doc.writeAgenda(record, defaultAgenda(record), "zh");
      if (!(await doc.hasAgenda(id))) throw new Error("the agenda is not in the document");
    });
  }
  await step("settings", async () => {
    await doc.storeRecord(record);
  });
  await step("cleanup", async () => {
    await removeAdded(host, id);
    await doc.forgetRecord(id);
  });
  return { platform: capabilities.platform, sets: capabilities.sets, steps };
}

/** The report as text to copy (both languages, one step a line). */
export function selfTestText(report: SelfTestReport): string {
  const sets = Object.entries(report.sets)
    .map(([name, ok]) => `${name} ${ok ? "✓" : "✗"}`)
    .join(", ");
  const lines = report.steps.map((s, i) => {
    const label = STEP_LABELS[s.name];
    return `${i + 1}. ${label.zh} / ${label.en}: ${s.ok ? "ok" : `${s.code ?? "error"}${s.detail ? ` (${s.detail})` : ""}`}`;
  });
  const passed = report.steps.filter((s) => s.ok).length;
  return [
    "ccr 自检 / self-test",
    `Word: ${report.platform}`,
    `要求集 / requirement sets: ${sets}`,
    ...lines,
    `${passed}/${report.steps.length} ok`,
  ].join("\n");
}
