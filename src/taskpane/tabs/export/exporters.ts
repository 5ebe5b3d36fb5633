// What the 导出 tab offers. Each export's code (docx and friends) is imported only when used, so it
// stays out of the pane's first load (webpack chunk "export").
import type { CcrRecord } from "../../../domain/record/record";
import type { IsoDate } from "../../../domain/calendar/iso-date";
import type { MessageKey, Translator } from "../../i18n";
import { recordFileName } from "../../state/useRecordEditor";
import { DOCX_MIME } from "../../components/download";

export type ExportId = "minutes" | "minutesGongwen" | "actionsDocx" | "actionsCsv" | "actionsIcs" | "recordJson";

export interface ExportFile {
  bytes: Uint8Array | string;
  mimeType: string;
  extension: string;
}

export interface Exporter {
  id: ExportId;
  label: MessageKey;
  description: MessageKey;
  /** Added to the file name after topic and date, e.g. 会议纪要. */
  suffix: MessageKey;
  /** A .docx, which Word can open as a new document. */
  opensInWord: boolean;
  /** Minutes: marked 征求意见稿 (draft) in the file name while the record has errors. */
  draftable?: boolean;
  make(record: CcrRecord, today: IsoDate): Promise<ExportFile>;
}


/**
 * The download name: topic, date and what the file is (each export its own name, so the two 纪要
 * layouts do not overwrite each other), with 征求意见稿 for minutes of a record that still has errors
 * (the same rule as the draft marking inside the minutes).
 */
export function exportFileName(exporter: Exporter, record: CcrRecord, extension: string, draft: boolean, t: Translator): string {
  const suffix = `-${t(exporter.suffix)}${exporter.draftable && draft ? t("export.suffix.draft") : ""}`;
  return recordFileName(record, extension, suffix);
}

const docx = (bytes: Uint8Array): ExportFile => ({ bytes, mimeType: DOCX_MIME, extension: "docx" });

export const EXPORTERS: readonly Exporter[] = [
  {
    id: "minutes",
    label: "export.minutes",
    description: "export.minutesText",
    suffix: "export.suffix.minutes",
    opensInWord: true,
    draftable: true,
    make: async (record, today) => {
      const { exportMinutesDocx } = await import(/* webpackChunkName: "export" */ "../../../export/minutes-docx");
      return docx(await exportMinutesDocx(record, { today, layout: "enterprise" }));
    },
  },
  {
    id: "minutesGongwen",
    label: "export.minutesGongwen",
    description: "export.minutesGongwenText",
    suffix: "export.suffix.minutesGongwen",
    opensInWord: true,
    draftable: true,
    make: async (record, today) => {
      const { exportMinutesDocx } = await import(/* webpackChunkName: "export" */ "../../../export/minutes-docx");
      return docx(await exportMinutesDocx(record, { today, layout: "gongwen" }));
    },
  },
  {
    id: "actionsDocx",
    label: "export.actionsDocx",
    description: "export.actionsDocxText",
    suffix: "export.suffix.actions",
    opensInWord: true,
    make: async (record, today) => {
      const { exportActionsDocx } = await import(/* webpackChunkName: "export" */ "../../../export/actions-docx");
      return docx(await exportActionsDocx(record, { today }));
    },
  },
  {
    id: "actionsCsv",
    label: "export.actionsCsv",
    description: "export.actionsCsvText",
    suffix: "export.suffix.actions",
    opensInWord: false,
    make: async (record, today) => {
      const { exportActionsCsv } = await import(/* webpackChunkName: "export" */ "../../../export/csv");
      return { bytes: exportActionsCsv(record, { today }), mimeType: "text/csv;charset=utf-8", extension: "csv" };
    },
  },
  {
    id: "actionsIcs",
    label: "export.actionsIcs",
    description: "export.actionsIcsText",
    suffix: "export.suffix.actions",
    opensInWord: false,
    make: async (record, today) => {
      const { exportActionsIcs } = await import(/* webpackChunkName: "export" */ "../../../export/ics");
      return { bytes: exportActionsIcs(record, { today }), mimeType: "text/calendar;charset=utf-8", extension: "ics" };
    },
  },
  {
    id: "recordJson",
    label: "export.recordJson",
    description: "export.recordJsonText",
    suffix: "export.suffix.record",
    opensInWord: false,
    make: async (record) => {
      const { serialiseRecord } = await import("../../../domain/record/record");
      return { bytes: serialiseRecord(record), mimeType: "application/json", extension: "json" };
    },
  },
];
