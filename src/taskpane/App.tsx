// The pane: header (current record, findings), the phase/tab navigation and the active tab.
import { makeStyles, MessageBar, MessageBarBody, MessageBarActions, Button, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Lang } from "../domain/record";
import { Header } from "./components/Header";
import { PhaseNav } from "./components/PhaseNav";
import type { HostInfo } from "./host";
import { htmlLang, translator } from "./i18n";
import { checkRecord, localToday } from "./state/checks";
import { PaneContext, type Notice, type PaneApi } from "./state/pane";
import { useRecordEditor } from "./state/useRecordEditor";
import type { LocalRecords } from "./storage/localRecords";
import { TABS } from "./tabs";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    minWidth: "0",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    flexGrow: 1,
    minWidth: "0",
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  notice: { marginLeft: tokens.spacingHorizontalM, marginRight: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS },
});

export interface AppProps {
  host: HostInfo;
  store: LocalRecords;
  initialLang: Lang;
  onLangChange(lang: Lang): void;
}

export function App({ host, store, initialLang, onLangChange }: AppProps) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(initialLang);
  const t = useMemo(() => translator(lang), [lang]);
  const editor = useRecordEditor(store);
  const record = editor.record;
  const findings = useMemo(() => checkRecord(record, localToday()), [record]);

  const [activeTab, setActiveTab] = useState<string>(() => TABS.find((tab) => tab.phase === "after")?.id ?? TABS[0].id);
  const [focusRequest, setFocusRequest] = useState<PaneApi["focusRequest"]>();
  const [notice, setNotice] = useState<Notice>();

  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      onLangChange(next);
    },
    [onLangChange],
  );

  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = t("app.title");
  }, [lang, t]);

  const goTo = useCallback((tabId: string, path?: string) => {
    setActiveTab(tabId);
    if (path !== undefined) setFocusRequest((prev) => ({ path, seq: (prev?.seq ?? 0) + 1 }));
  }, []);

  const api: PaneApi = useMemo(
    () => ({
      t,
      lang,
      setLang,
      host,
      editor,
      record,
      update: editor.update,
      findings,
      goTo,
      focusRequest,
      notify: setNotice,
    }),
    [t, lang, setLang, host, editor, record, findings, goTo, focusRequest],
  );

  const active = TABS.find((tab) => tab.id === activeTab) ?? TABS[0];
  const Panel = active.Panel;

  return (
    <PaneContext.Provider value={api}>
      <div className={styles.root}>
        <Header />
        <PhaseNav tabs={TABS} active={active} onSelect={(id) => setActiveTab(id)} />
        {editor.save.kind === "failed" && (
          <MessageBar intent="error" className={styles.notice}>
            <MessageBarBody>{t("save.failed", { reason: editor.save.reason })}</MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent={notice.intent} className={styles.notice} role={notice.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>{notice.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" aria-label={t("common.close")} icon={<DismissRegular />} onClick={() => setNotice(undefined)} />
              }
            />
          </MessageBar>
        )}
        <main className={styles.main} id={`panel-${active.id}`} data-tab={active.id} aria-label={t(active.label)}>
          <Panel />
        </main>
      </div>
    </PaneContext.Provider>
  );
}
