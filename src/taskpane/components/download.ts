// Saving a file from the pane: a download where the host lets one through, or a .docx opened as a
// new Word document where the caller prefers that (导出 in Word). In Word for Mac, whose webview
// ignores downloads (office-js #4681, docs/word-platform-notes.md), a .docx always opens as a new
// document, a text file (CSV, calendar, JSON) goes to the clipboard, and a workbook cannot be saved
// from the pane: the user is told where to get it instead.
import { usePaneShell, useWord } from "../state/pane";

/** The MIME type of a Word document (.docx). */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface FileToSave {
  readonly name: string;
  readonly data: Uint8Array | string;
  readonly mimeType: string;
}

/** "openFailedDownloaded": Word would not open the document, so it was downloaded. */
export type SaveOutcome = "downloaded" | "opened" | "openFailedDownloaded" | "copied" | "unavailable";

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

/**
 * Saves `file` the best way `host` allows, a .docx opened in Word first when `preferOpen`; never
 * throws for a refused copy or open ("unavailable" where nothing else is left).
 */
export async function saveFile(file: FileToSave, host: SaveHost, preferOpen = false): Promise<SaveOutcome> {
  const data = file.data;
  let openFailed = false;
  if (host.open && typeof data !== "string" && file.mimeType === DOCX_MIME && (preferOpen || !host.canDownload)) {
    try {
      await host.open(data);
      return "opened";
    } catch {
      openFailed = true;
    }
  }
  if (host.canDownload) {
    downloadFile(file.name, data as BlobPart, file.mimeType);
    return openFailed ? "openFailedDownloaded" : "downloaded";
  }
  if (typeof data === "string") {
    try {
      await host.copy(data);
      return "copied";
    } catch {
      // Refused (clipboard permission): say what to do instead.
    }
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
 * The pane's one way to save a file: `save(file)` downloads it (or opens a .docx in Word with
 * `{ preferOpen: true }`), in Word for Mac opens, copies or explains, and tells the user what
 * happened; a plain download is left to the caller's own message.
 */
export function useSaveFile(): (file: FileToSave, options?: { preferOpen?: boolean }) => Promise<SaveOutcome> {
  const { t, notify } = usePaneShell();
  const word = useWord();
  return async (file, options = {}) => {
    const capabilities = word?.capabilities;
    const doc = word?.doc;
    const canDownload = capabilities?.canDownload ?? true;
    const open = capabilities?.canOpenDocuments && doc ? (bytes: Uint8Array) => doc.openAsNewDocument(bytes) : undefined;
    const outcome = await saveFile(file, { canDownload, open, copy: copyText }, options.preferOpen);
    const named = { file: file.name };
    if (outcome === "opened") notify({ intent: "success", text: t(canDownload ? "export.opened" : "save.opened", named) });
    if (outcome === "openFailedDownloaded") notify({ intent: "warning", text: t("export.openFailed", named) });
    if (outcome === "copied") notify({ intent: "success", text: t("save.copied", named) });
    if (outcome === "unavailable") notify({ intent: "warning", text: t("save.unavailable", named) });
    return outcome;
  };
}
