// The pane: header (current record, findings), the phase/tab navigation and the active tab.
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CcrRecord, Lang } from "../domain/record/record";
import { PanelBoundary } from "./components/PanelBoundary";
import { CHECK_TAB_ID, Header } from "./components/Header";
import { PhaseNav } from "./components/PhaseNav";
import type { HostInfo } from "./host";
import { htmlLang, loadCatalogue, translator } from "./i18n";
import { useFindings } from "./state/checks";
import { PaneContext, type Notice, type PaneApi } from "./state/pane";
import { useRecordEditor } from "./state/useRecordEditor";
import type { LocalRecords } from "./storage/localRecords";
import { TABS } from "./tabs";
import type { WordSession } from "./word/session";
import { useWordSync } from "./word/useWordSync";

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
  // The header and the phase switcher stay in view however long the form is.
  top: { position: "sticky", top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground1 },
  notice: { marginLeft: tokens.spacingHorizontalM, marginRight: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS },
});

let focusSeq = 0;

/** A record nothing has been written in yet: no topic, date or time. */
function isBlank(record: CcrRecord): boolean {
  return !record.topic.trim() && !record.date && !record.start && !record.end;
}

/** A new record starts at 会前 (准备: topic, date and time first); one with content at 会后 › 记录. */
function startTab(record: CcrRecord): string {
  const phase = isBlank(record) ? "before" : "after";
  return TABS.filter((tab) => tab.phase === phase).sort((a, b) => a.order - b.order)[0]?.id ?? TABS[0].id;
}

export interface AppProps {
  host: HostInfo;
  store: LocalRecords;
  initialLang: Lang;
  onLangChange(lang: Lang): void;
  /** In Word: the document being opened (see word/session.ts). */
  wordSession?: Promise<WordSession>;
}

export function App({ host, store, initialLang, onLangChange, wordSession }: AppProps) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(initialLang);
  const t = useMemo(() => translator(lang), [lang]);
  const editSink = useRef<((record: CcrRecord) => void) | undefined>(undefined);
  const editor = useRecordEditor(store, { onEdit: (r) => editSink.current?.(r) });
  const record = editor.record;

  const [activeTab, setActiveTab] = useState<string>(() => startTab(record));
  const [focusRequest, setFocusRequest] = useState<PaneApi["focusRequest"]>();
  const [notice, setNotice] = useState<Notice>();
  // A `once` notice remembers its tab, so that opening another tab closes it.
  const activeTabRef = useRef(activeTab);
  activeTabRef.current = activeTab;
  const notify = useCallback((n: Notice) => setNotice(n.once && n.tab === undefined ? { ...n, tab: activeTabRef.current } : n), []);
  const findings = useFindings(record, (e) =>
    setNotice({ intent: "error", text: t("app.checksFailed", { reason: e instanceof Error ? e.message : String(e) }) }),
  );
  const word = useWordSync(wordSession, editor, t, setNotice, editSink);

  const setLang = useCallback(
    (next: Lang) => {
      loadCatalogue(next).then(
        () => {
          setLangState(next);
          onLangChange(next);
          // A passing notice was written in the other language: it goes; warnings and errors stay.
          setNotice((n) => (n && (n.intent === "success" || n.intent === "info") ? undefined : n));
        },
        (e: unknown) => setNotice({ intent: "error", text: t("app.langFailed", { reason: e instanceof Error ? e.message : String(e) }) }),
      );
    },
    [onLangChange, t],
  );

  // Success and info notices go away by themselves; warnings and errors stay until closed.
  useEffect(() => {
    if (!notice || notice.intent === "error" || notice.intent === "warning") return;
    const timer = setTimeout(() => setNotice((n) => (n === notice ? undefined : n)), 6000);
    return () => clearTimeout(timer);
  }, [notice]);

  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = t("app.title");
  }, [lang, t]);

  const goTo = useCallback((tabId: string, path?: string) => {
    setActiveTab((prev) => {
      if (prev !== tabId) setNotice((n) => (n?.once && n.tab !== tabId ? undefined : n));
      return tabId;
    });
    if (tabId === CHECK_TAB_ID) setRevealAll(true);
    if (path !== undefined) setFocusRequest(() => ({ path, seq: ++focusSeq }));
  }, []);

  // Fresh forms do not open covered in "please fill in" messages: those appear once a field is left,
  // or everywhere once 检查 is opened. A record opened with content shows them all.
  const [revealAll, setRevealAll] = useState(() => Boolean(record.topic));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const shownId = useRef(record.id);
  useEffect(() => {
    setRevealAll(Boolean(editor.record.topic));
    setTouched(new Set());
    // A new (empty) record opens at 会前; another record opened keeps the tab.
    if (shownId.current !== editor.record.id && isBlank(editor.record)) setActiveTab(startTab(editor.record));
    shownId.current = editor.record.id;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when another record is opened, not on each edit
  }, [editor.record.id]);
  const revealed = useCallback((path: string) => revealAll || touched.has(path), [revealAll, touched]);
  const touch = useCallback((path: string) => setTouched((prev) => (prev.has(path) ? prev : new Set(prev).add(path))), []);

  const clearFocusRequest = useCallback(
    (seq: number) => setFocusRequest((prev) => (prev?.seq === seq ? undefined : prev)),
    [],
  );

  const api: PaneApi = useMemo(
    () => ({
      t,
      lang,
      setLang,
      host,
      editor,
      word,
      record,
      update: editor.update,
      findings,
      goTo,
      focusRequest,
      clearFocusRequest,
      notify,
      revealed,
      touch,
    }),
    [t, lang, setLang, host, editor, word, record, findings, goTo, focusRequest, clearFocusRequest, notify, revealed, touch],
  );

  const active = TABS.find((tab) => tab.id === activeTab) ?? TABS[0];
  const Panel = active.Panel;

  return (
    <PaneContext.Provider value={api}>
      <div className={styles.root}>
        <div className={styles.top} data-testid="pane-top">
          <Header />
          <PhaseNav tabs={TABS} active={active} onSelect={(id) => goTo(id)} />
        </div>
        {editor.save.kind === "failed" && (
          <MessageBar intent="error" className={styles.notice}>
            <MessageBarBody>{t("save.failed", { reason: editor.save.reason })}</MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent={notice.intent} className={styles.notice} role={notice.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>{notice.text}</MessageBarBody>
            <MessageBarActions
              {...(notice.action
                ? {
                    children: (
                      <Button
                        size="small"
                        onClick={() => {
                          notice.action?.run();
                          setNotice(undefined);
                        }}
                      >
                        {notice.action.label}
                      </Button>
                    ),
                  }
                : {})}
              containerAction={
                <Button appearance="transparent" aria-label={t("common.close")} icon={<DismissRegular />} onClick={() => setNotice(undefined)} />
              }
            />
          </MessageBar>
        )}
        <main className={styles.main} id={`panel-${active.id}`} data-tab={active.id} aria-label={t(active.label)}>
          <PanelBoundary key={active.id} t={t}>
            <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
              <Panel />
            </Suspense>
          </PanelBoundary>
        </main>
      </div>
    </PaneContext.Provider>
  );
}
