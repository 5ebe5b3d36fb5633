// What every tab can use: the language, the record being edited, its findings, where the pane runs,
// and navigation. A component takes only what it needs — useRecord(), useUpdate(), useFindings(),
// useWord(), usePaneShell() — and re-renders only when that changes; usePane() gives everything
// (and re-renders on each edit). App provides the contexts (state/contexts.ts).
import { useContext, useRef, useSyncExternalStore } from "react";
import type { Finding } from "../../domain/checks/findings";
import type { CcrRecord, Lang } from "../../domain/record/record";
import type { HostInfo } from "../host";
import type { Translator } from "../i18n";
import { FindingsContext, NOT_PROVIDED, PaneContext, StoreContext, WordContext, type PaneShell } from "./contexts";
import type { StoredRecord } from "./recordStore";
import { useEditorIfAny, type RecordEditor } from "./useRecordEditor";
import type { WordPaneApi } from "../word/useWordSync";

export { PaneContext } from "./contexts";

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

/** Language, host, navigation and notices: what does not change while the user types. */
export function usePaneShell(): PaneShell {
  const shell = useContext(PaneContext);
  if (!shell) throw new Error("usePane() outside <PaneContext.Provider>");
  return shell;
}

const noSubscribe = () => () => undefined;

/** The record being edited; the component re-renders on each edit. */
export function useRecord(): StoredRecord {
  const shell = usePaneShell();
  const store = useContext(StoreContext)?.store;
  const get = () => store?.record ?? (shell.record as StoredRecord);
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, get, get);
}

/** Applies an edit to the record (stable: never re-renders anything by itself). */
export function useUpdate(): PaneApi["update"] {
  const shell = usePaneShell();
  const store = useContext(StoreContext)?.store;
  return store?.update ?? shell.update ?? (() => undefined);
}

/** The record's findings; undefined until the validator has loaded. */
export function useFindings(): readonly Finding[] | undefined {
  const shell = usePaneShell();
  const findings = useContext(FindingsContext);
  return findings === NOT_PROVIDED ? shell.findings : findings;
}

/** The Word session (in Word only). */
export function useWord(): WordPaneApi | undefined {
  const shell = usePaneShell();
  const word = useContext(WordContext);
  return word === NOT_PROVIDED ? shell.word : word;
}

/** Everything at once (re-renders on each edit): prefer the hooks above in new code. */
export function usePane(): PaneApi {
  const shell = usePaneShell();
  const record = useRecord();
  const update = useUpdate();
  const findings = useFindings();
  const word = useWord();
  const editor = useEditorIfAny();
  return { ...shell, record, update, findings, word, editor: editor as RecordEditor };
}

/**
 * `value`, or the object returned before while it has the same content (JSON): what is computed
 * anew on each edit (findings, suggestions) keeps its identity, so memoised rows skip re-rendering.
 */
export function useSameValue<T>(value: T): T {
  const kept = useRef(value);
  if (value !== kept.current && JSON.stringify(value) !== JSON.stringify(kept.current)) kept.current = value;
  return kept.current;
}
