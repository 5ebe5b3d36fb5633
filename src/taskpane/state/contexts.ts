// The React contexts of the pane, one per thing that changes at its own pace, so that a keystroke
// re-renders only what reads the record: the pane's shell (language, host, navigation, notices), the
// record store, the findings and the Word session. Read them through the hooks of state/pane.ts.
import { createContext } from "react";
import type { Finding } from "../../domain/checks/findings";
import type { WordPaneApi } from "../word/useWordSync";
import type { LocalLibrary } from "./localLibrary";
import type { PaneApi } from "./pane";
import type { RecordStore } from "./recordStore";

/**
 * What App provides: every member of PaneApi that does not change on each keystroke. A test may
 * give a whole PaneApi instead (without the other providers): each hook then reads its member here.
 */
export type PaneShell = Omit<PaneApi, "record" | "update" | "findings" | "word" | "editor"> & Partial<PaneApi>;

export const PaneContext = createContext<PaneShell | null>(null);

/** The record store, and stand-alone the browser's records behind it. */
export const StoreContext = createContext<{ store: RecordStore; library?: LocalLibrary } | null>(null);

/** Marks a context App did not provide (undefined is a value of both: findings loading, no Word). */
export const NOT_PROVIDED = Symbol("not provided");

export const FindingsContext = createContext<readonly Finding[] | undefined | typeof NOT_PROVIDED>(NOT_PROVIDED);

export const WordContext = createContext<WordPaneApi | undefined | typeof NOT_PROVIDED>(NOT_PROVIDED);
