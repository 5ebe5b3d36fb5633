// Stand-alone mode: the records kept in this browser — switch, new, delete; open a record file
// (.docx record forms, hand-filled or LibreOffice-saved forms, .json) by the menu or by dropping it
// on the pane; save the record as the record form (.docx) or .json; where the data is kept, and
// clearing it.
import {
  Button,
  makeStyles,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import {
  ArrowExport20Regular,
  ArrowImport20Regular,
  Delete20Regular,
  DocumentAdd20Regular,
  DocumentMultiple20Regular,
  DocumentSave20Regular,
  Eraser20Regular,
} from "@fluentui/react-icons";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { serialiseRecord } from "../../domain/record/record";
import { usePane } from "../state/pane";
import { recordFileName } from "../state/useRecordEditor";
import { clearBrowserData } from "../storage/clearBrowserData";
import { DOCX_MIME, downloadFile } from "./download";
import type { FileRecord } from "./recordFiles";

// Fluent's Dialog is only needed once someone deletes a record or opens a file of several: keep it out of the first load.
const ConfirmDialog = lazy(() => import(/* webpackChunkName: "confirm" */ "./ConfirmDialog").then((m) => ({ default: m.ConfirmDialog })));
const ImportDialog = lazy(() => import(/* webpackChunkName: "confirm" */ "./ImportDialog").then((m) => ({ default: m.ImportDialog })));

const useStyles = makeStyles({
  // A group header is one line high by default; this note wraps to several.
  storage: {
    height: "auto",
    maxWidth: "280px",
    whiteSpace: "normal",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
  drop: {
    position: "fixed",
    inset: "0",
    zIndex: 1000,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    padding: tokens.spacingHorizontalXXL,
    textAlign: "center",
    backgroundColor: tokens.colorNeutralBackgroundAlpha2,
    border: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase400,
    pointerEvents: "none",
  },
});

interface Choice {
  file: string;
  records: FileRecord[];
  resolve(chosen: number[] | undefined): void;
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes("Files");

export function RecordsMenu() {
  const styles = useStyles();
  const { t, editor, record, notify } = usePane();
  const fileInput = useRef<HTMLInputElement>(null);
  const [confirm, setConfirm] = useState<"delete" | "clear">();
  const [choice, setChoice] = useState<Choice>();
  const [replaceAsk, setReplaceAsk] = useState<{ name: string; resolve(yes: boolean): void }>();
  const [dragging, setDragging] = useState(false);
  const name = record.topic || t("header.untitled");

  const openFile = async (file: File) => {
    const { readRecordFile } = await import(/* webpackChunkName: "record-files" */ "./recordFiles");
    const read = await readRecordFile(file, t);
    if (!read.ok) {
      notify({ intent: "error", text: t("records.importFailed", { file: file.name, reason: read.message }) });
      return;
    }
    let records = read.records;
    if (records.length > 1) {
      const chosen = await new Promise<number[] | undefined>((resolve) => setChoice({ file: file.name, records, resolve }));
      setChoice(undefined);
      if (!chosen) return;
      records = chosen.map((i) => read.records[i]);
    }
    // A record this browser already has (the form saved here, filled in WPS, brought back): replace
    // it, or keep both (the default, also on Esc).
    const known = new Set(editor.summaries.map((s) => s.id));
    const replace = new Set<string>();
    for (const r of records) {
      const id = r.record.id;
      if (!id || !known.has(id)) continue;
      const stored = editor.summaries.find((s) => s.id === id)!;
      const yes = await new Promise<boolean>((resolve) => setReplaceAsk({ name: stored.topic || t("header.untitled"), resolve }));
      setReplaceAsk(undefined);
      if (yes) replace.add(id);
    }
    // The first record of the file ends up open: import in reverse.
    for (const r of [...records].reverse()) {
      const id = r.record.id;
      if (id && replace.has(id)) {
        const incoming = r.record;
        editor.select(id);
        editor.update(() => incoming);
        continue;
      }
      const result = editor.importJson(serialiseRecord(r.record));
      if (!result.ok) {
        notify({ intent: "error", text: t("records.importFailed", { file: file.name, reason: t.pick(result.message) }) });
        return;
      }
    }
    const recognised = records[0].recognised;
    if (recognised) {
      const lo = recognised.libreOfficeRepairs > 0 ? ` ${t("records.libreOffice", { n: recognised.libreOfficeRepairs })}` : "";
      notify({ intent: "warning", text: t("records.recognised", { file: file.name, n: recognised.filled }) + lo });
    } else if (records.length > 1) {
      notify({ intent: "success", text: t("records.importedMany", { file: file.name, n: records.length }) });
    } else {
      notify({ intent: "success", text: t("records.imported", { name: records[0].record.topic || t("header.untitled") }) });
    }
  };
  const openFiles = async (files: readonly File[]) => {
    for (const f of files) await openFile(f);
  };
  const openFilesRef = useRef(openFiles);
  openFilesRef.current = openFiles;

  // Files dropped anywhere on the pane are opened as record files.
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void openFilesRef.current(Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, []);

  const saveDocx = async () => {
    editor.flush();
    try {
      const { exportRecordDocx } = await import(/* webpackChunkName: "export" */ "../../export/record-docx");
      downloadFile(recordFileName(record, "docx"), new Uint8Array(exportRecordDocx(record)), DOCX_MIME);
    } catch (e) {
      notify({ intent: "error", text: t("records.saveFailed", { reason: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const clearAll = () => {
    editor.flush();
    try {
      clearBrowserData(window.localStorage);
    } catch {
      // Storage disabled: the records were only in this page's memory, which the reload drops.
    }
    // A fresh start: nothing of the cleared records stays in the pane's memory.
    window.location.reload();
  };

  return (
    <>
      <Menu
        checkedValues={{ record: [record.id ?? ""] }}
        onCheckedValueChange={(_, data) => data.checkedItems[0] && editor.select(data.checkedItems[0])}
      >
        <MenuTrigger disableButtonEnhancement>
          <Tooltip content={t("records.menu")} relationship="label">
            <Button appearance="subtle" icon={<DocumentMultiple20Regular />} data-testid="records-menu" />
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<DocumentAdd20Regular />} onClick={() => editor.newRecord()} data-testid="records-new">
              {t("records.new")}
            </MenuItem>
            <MenuItem icon={<ArrowImport20Regular />} onClick={() => fileInput.current?.click()} data-testid="records-import">
              {t("records.import")}
            </MenuItem>
            <MenuItem icon={<DocumentSave20Regular />} onClick={() => void saveDocx()} data-testid="records-save-docx">
              {t("records.saveDocx")}
            </MenuItem>
            <MenuItem
              icon={<ArrowExport20Regular />}
              onClick={() => {
                const { fileName, text } = editor.exportJson();
                downloadFile(fileName, text, "application/json");
              }}
              data-testid="records-export"
            >
              {t("records.export")}
            </MenuItem>
            <MenuItem icon={<Delete20Regular />} onClick={() => setConfirm("delete")} data-testid="records-delete">
              {t("records.delete")}
            </MenuItem>
            {editor.summaries.length > 0 && (
              <>
                <MenuDivider />
                <MenuGroup>
                  <MenuGroupHeader>{t("records.list")}</MenuGroupHeader>
                  {editor.summaries.map((s) => {
                    // The open record's summary may lag its last keystrokes by the autosave delay.
                    const live = s.id === record.id ? record : s;
                    return (
                      <MenuItemRadio key={s.id} name="record" value={s.id} secondaryContent={live.date}>
                        {live.topic || t("header.untitled")}
                      </MenuItemRadio>
                    );
                  })}
                </MenuGroup>
              </>
            )}
            <MenuDivider />
            <MenuGroup>
              <MenuGroupHeader className={styles.storage} data-testid="records-storage">
                {t("records.storage")}
              </MenuGroupHeader>
              <MenuItem icon={<Eraser20Regular />} onClick={() => setConfirm("clear")} data-testid="records-clear">
                {t("records.clear")}
              </MenuItem>
            </MenuGroup>
          </MenuList>
        </MenuPopover>
      </Menu>
      <input
        ref={fileInput}
        type="file"
        accept=".docx,.json,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        multiple
        hidden
        data-testid="records-file"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = "";
          void openFiles(files);
        }}
      />
      {dragging && (
        <div className={styles.drop} data-testid="records-drop">
          {t("records.drop")}
        </div>
      )}
      {confirm && (
        <Suspense fallback={null}>
          <ConfirmDialog
            title={confirm === "delete" ? t("records.delete") : t("records.clear")}
            text={confirm === "delete" ? t("records.deleteConfirm", { name }) : t("records.clearConfirm", { n: editor.summaries.length })}
            yes={confirm === "delete" ? t("records.deleteYes") : t("records.clearYes")}
            no={t("records.cancel")}
            onClose={(yes) => {
              if (yes && confirm === "delete" && record.id) editor.remove(record.id);
              if (yes && confirm === "clear") clearAll();
              setConfirm(undefined);
            }}
          />
        </Suspense>
      )}
      {replaceAsk && (
        <Suspense fallback={null}>
          <ConfirmDialog
            title={t("records.replaceTitle")}
            text={t("records.replaceText", { name: replaceAsk.name })}
            yes={t("records.replaceYes")}
            no={t("records.replaceNo")}
            onClose={replaceAsk.resolve}
          />
        </Suspense>
      )}
      {choice && (
        <Suspense fallback={null}>
          <ImportDialog
            title={t("records.choose")}
            text={t("records.chooseText", { file: choice.file, n: choice.records.length })}
            choices={choice.records.map((r) => ({ label: r.record.topic || t("header.untitled"), detail: r.record.date || r.place || "" }))}
            yes={(n) => t("records.chooseYes", { n })}
            no={t("records.cancel")}
            onClose={choice.resolve}
          />
        </Suspense>
      )}
    </>
  );
}
