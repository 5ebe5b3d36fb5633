// Stand-alone mode: the records kept in this browser — switch, new, delete, import/export .json.
import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
} from "@fluentui/react-components";
import {
  ArrowExport20Regular,
  ArrowImport20Regular,
  Delete20Regular,
  DocumentAdd20Regular,
  DocumentMultiple20Regular,
} from "@fluentui/react-icons";
import { lazy, Suspense, useRef, useState } from "react";
import { usePane } from "../state/pane";
import { downloadFile } from "./download";

// Fluent's Dialog is only needed once someone deletes a record: keep it out of the first load.
const ConfirmDialog = lazy(() => import(/* webpackChunkName: "confirm" */ "./ConfirmDialog").then((m) => ({ default: m.ConfirmDialog })));

export function RecordsMenu() {
  const { t, editor, record, notify } = usePane();
  const fileInput = useRef<HTMLInputElement>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const name = record.topic || t("header.untitled");

  const importFile = async (file: File) => {
    const result = editor.importJson(await file.text());
    if (result.ok) notify({ intent: "success", text: t("records.imported", { name: result.record.topic || t("header.untitled") }) });
    else notify({ intent: "error", text: t("records.importFailed", { file: file.name, reason: t.pick(result.message) }) });
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
            <MenuItem icon={<Delete20Regular />} onClick={() => setConfirmDelete(true)} data-testid="records-delete">
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
          </MenuList>
        </MenuPopover>
      </Menu>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="records-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) void importFile(file);
        }}
      />
      {confirmDelete && (
        <Suspense fallback={null}>
          <ConfirmDialog
            title={t("records.delete")}
            text={t("records.deleteConfirm", { name })}
            yes={t("records.deleteYes")}
            no={t("records.cancel")}
            onClose={(yes) => {
              if (yes && record.id) editor.remove(record.id);
              setConfirmDelete(false);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
