// What every tab can use: the language, the record being edited, its findings, where the pane runs,
// and navigation. Tabs call usePane(); App provides it.
import { createContext, useContext } from "react";
import type { Finding } from "../../domain/checks/findings";
import type { CcrRecord, Lang } from "../../domain/record/record";
import type { HostInfo } from "../host";
import type { Translator } from "../i18n";
import type { RecordEditor } from "./useRecordEditor";
import type { WordPaneApi } from "../word/useWordSync";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
  /** A button in the notice, e.g. 撤销 (Undo) of what was just done. */
  action?: { label: string; run(): void };
  /** Shown on one tab only: opening another tab closes it. */
  once?: boolean;
  /** The tab a `once` notice belongs to; the active tab when not given. */
  tab?: string;
}

export interface PaneApi {
  t: Translator;
  lang: Lang;
  setLang(lang: Lang): void;
  host: HostInfo;
  editor: RecordEditor;
  /** The Word document (in Word only): insert, sync, read back, repair, select. */
  word?: WordPaneApi;
  record: CcrRecord;
  update(change: (record: CcrRecord) => CcrRecord): void;
  /**
   * The domain's findings on the current record (the one validator, never a second one); undefined
   * for a moment after the pane opens, until the validator has loaded.
   */
  findings: readonly Finding[] | undefined;
  /** Opens a tab; with a path, the field of that path is focused (or selected in Word). */
  goTo(tabId: string, path?: string): void;
  /** The last field focus request (path + a counter so the same path can be asked twice). */
  focusRequest: { path: string; seq: number } | undefined;
  /** The field that took the focus marks the request done (so a re-mount does not steal focus). */
  clearFocusRequest(seq: number): void;
  notify(notice: Notice): void;
  /**
   * Whether a field shows its "required" findings yet: not on a fresh form before the user has left
   * the field or opened 检查 (every other finding shows at once).
   */
  revealed(path: string): boolean;
  /** The user left this field: its findings show from now on. */
  touch(path: string): void;
}

export const PaneContext = createContext<PaneApi | null>(null);

export function usePane(): PaneApi {
  const api = useContext(PaneContext);
  if (!api) throw new Error("usePane() outside <PaneContext.Provider>");
  return api;
}
