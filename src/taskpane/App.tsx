// The pane: header (current record, findings), the phase/tab navigation and the active tab.
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import type { CcrRecord, Lang } from "../domain/record/record";
import { PanelBoundary } from "./components/PanelBoundary";
import { CHECK_TAB_ID, Header } from "./components/Header";
import { PhaseNav } from "./components/PhaseNav";
import type { HostInfo } from "./host";
import { htmlLang, loadCatalogue, translator, type Translator } from "./i18n";
import { useValidatedFindings } from "./state/checks";
import { FindingsContext, PaneContext, StoreContext, WordContext, type PaneShell } from "./state/contexts";
import type { LocalLibrary } from "./state/localLibrary";
import type { Notice, PaneApi } from "./state/pane";
import type { RecordStore } from "./state/recordStore";
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
  /** The record being edited (state/recordStore.ts); its sinks are registered by whoever keeps the record. */
  store: RecordStore;
  /** Stand-alone: the records kept in this browser. */
  library?: LocalLibrary;
  initialLang: Lang;
  onLangChange(lang: Lang): void;
  /** In Word: the document being opened (see word/session.ts). */
  wordSession?: Promise<WordSession>;
}

/** The findings of the record as it is now: re-renders itself on each edit, not the pane around it. */
function FindingsProvider({ store, onError, children }: { store: RecordStore; onError(e: unknown): void; children: ReactNode }) {
  const record = useSyncExternalStore(store.subscribe, () => store.record, () => store.record);
  const findings = useValidatedFindings(record, onError);
  return <FindingsContext.Provider value={findings}>{children}</FindingsContext.Provider>;
}

/** Keeping the record failed (browser storage full or disabled): said until the next save succeeds. */
function SaveFailure({ store, t, className }: { store: RecordStore; t: Translator; className: string }) {
  const save = useSyncExternalStore(store.subscribe, () => store.save, () => store.save);
  if (save.kind !== "failed") return null;
  return (
    <MessageBar intent="error" className={className}>
      <MessageBarBody>{t("save.failed", { reason: save.reason })}</MessageBarBody>
    </MessageBar>
  );
}

export function App({ host, store, library, initialLang, onLangChange, wordSession }: AppProps) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(initialLang);
  const t = useMemo(() => translator(lang), [lang]);
  const recordId = useSyncExternalStore(store.subscribe, () => store.record.id, () => store.record.id);

  const [activeTab, setActiveTab] = useState<string>(() => startTab(store.record));
  const [focusRequest, setFocusRequest] = useState<PaneApi["focusRequest"]>();
  const [notice, setNotice] = useState<Notice>();
  // A `once` notice remembers its tab, so that opening another tab closes it.
  const activeTabRef = useRef(activeTab);
  activeTabRef.current = activeTab;
  const notify = useCallback((n: Notice) => setNotice(n.once && n.tab === undefined ? { ...n, tab: activeTabRef.current } : n), []);
  const onFindingsError = useCallback(
    (e: unknown) => setNotice({ intent: "error", text: t("app.checksFailed", { reason: e instanceof Error ? e.message : String(e) }) }),
    [t],
  );
  const word = useWordSync(wordSession, store, t, setNotice);

  // Keep what was typed when the page goes away (reload, pane closed, tab switched).
  useEffect(() => {
    const onHide = () => store.flush();
    const onVisibility = () => document.visibilityState === "hidden" && store.flush();
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
      store.flush();
    };
  }, [store]);

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
  const [revealAll, setRevealAll] = useState(() => Boolean(store.record.topic));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const shownId = useRef(store.record.id);
  useEffect(() => {
    setRevealAll(Boolean(store.record.topic));
    setTouched(new Set());
    // A new (empty) record opens at 会前; another record opened keeps the tab.
    if (shownId.current !== store.record.id && isBlank(store.record)) setActiveTab(startTab(store.record));
    shownId.current = store.record.id;
  }, [store, recordId]);
  const revealed = useCallback((path: string) => revealAll || touched.has(path), [revealAll, touched]);
  const touch = useCallback((path: string) => setTouched((prev) => (prev.has(path) ? prev : new Set(prev).add(path))), []);

  const clearFocusRequest = useCallback(
    (seq: number) => setFocusRequest((prev) => (prev?.seq === seq ? undefined : prev)),
    [],
  );

  const shell: PaneShell = useMemo(
    () => ({ t, lang, setLang, host, goTo, focusRequest, clearFocusRequest, notify, revealed, touch }),
    [t, lang, setLang, host, goTo, focusRequest, clearFocusRequest, notify, revealed, touch],
  );
  const stores = useMemo(() => ({ store, library }), [store, library]);

  const active = TABS.find((tab) => tab.id === activeTab) ?? TABS[0];
  const Panel = active.Panel;

  return (
    <PaneContext.Provider value={shell}>
      <StoreContext.Provider value={stores}>
        <WordContext.Provider value={word}>
          <FindingsProvider store={store} onError={onFindingsError}>
            <div className={styles.root}>
              <div className={styles.top} data-testid="pane-top">
                <Header />
                <PhaseNav tabs={TABS} active={active} onSelect={(id) => goTo(id)} />
              </div>
              <SaveFailure store={store} t={t} className={styles.notice} />
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
          </FindingsProvider>
        </WordContext.Provider>
      </StoreContext.Provider>
    </PaneContext.Provider>
  );
}
