// Saving a file from the pane: a download where the host lets one through; in Word for Mac, whose
// webview ignores downloads (office-js #4681, docs/word-platform-notes.md), a .docx opens as a new
// Word document, a text file (CSV, calendar, JSON) goes to the clipboard, and a workbook cannot be
// saved from the pane: the user is told where to get it instead.
import { usePaneShell, useWord } from "../state/pane";

/** The MIME type of a Word document (.docx). */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface FileToSave {
  readonly name: string;
  readonly data: Uint8Array | string;
  readonly mimeType: string;
}

export type SaveOutcome = "downloaded" | "opened" | "copied" | "unavailable";

export interface SaveHost {
  /** A download reaches the user (false in Word for Mac). */
  readonly canDownload: boolean;
  /** Opens a .docx as a new Word document, where the host can. */
  readonly open?: (bytes: Uint8Array) => Promise<void>;
  /** Puts text on the clipboard. */
  readonly copy: (text: string) => Promise<void>;
}

export function downloadFile(fileName: string, data: BlobPart, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: mimeType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves `file` the best way `host` allows; never throws for a refused copy or open ("unavailable"). */
export async function saveFile(file: FileToSave, host: SaveHost): Promise<SaveOutcome> {
  if (host.canDownload) {
    downloadFile(file.name, file.data as BlobPart, file.mimeType);
    return "downloaded";
  }
  try {
    if (typeof file.data === "string") {
      await host.copy(file.data);
      return "copied";
    }
    if (file.mimeType === DOCX_MIME && host.open) {
      await host.open(file.data);
      return "opened";
    }
  } catch {
    // Refused (clipboard permission, the new document): say what to do instead.
  }
  return "unavailable";
}

/** The clipboard: the asynchronous API, else the older copy command (WKWebView without permission). */
export async function copyText(text: string): Promise<void> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // fall through to the copy command
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("copy refused");
}

/**
 * The pane's one way to save a file: `save(file)` downloads it, or in Word for Mac opens, copies or
 * explains, and tells the user what happened (a download is left to the caller's own message).
 * `{ open: false }` when the caller has already tried to open the document.
 */
export function useSaveFile(): (file: FileToSave, options?: { open?: boolean }) => Promise<SaveOutcome> {
  const { t, notify } = usePaneShell();
  const word = useWord();
  return async (file, options = {}) => {
    const capabilities = word?.capabilities;
    const doc = word?.doc;
    const open = options.open !== false && capabilities?.canOpenDocuments && doc ? (bytes: Uint8Array) => doc.openAsNewDocument(bytes) : undefined;
    const outcome = await saveFile(file, { canDownload: capabilities?.canDownload ?? true, open, copy: copyText });
    if (outcome === "opened") notify({ intent: "success", text: t("save.opened", { file: file.name }) });
    if (outcome === "copied") notify({ intent: "success", text: t("save.copied", { file: file.name }) });
    if (outcome === "unavailable") notify({ intent: "warning", text: t("save.unavailable", { file: file.name }) });
    return outcome;
  };
}
