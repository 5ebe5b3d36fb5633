// The pane: header (current record, findings), the phase/tab navigation and the active tab.
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import type { Lang } from "../domain/record/record";
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
  notice: { marginLeft: tokens.spacingHorizontalM, marginRight: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS },
});

let focusSeq = 0;

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

  const [activeTab, setActiveTab] = useState<string>(() => TABS.find((tab) => tab.phase === "after")?.id ?? TABS[0].id);
  const [focusRequest, setFocusRequest] = useState<PaneApi["focusRequest"]>();
  const [notice, setNotice] = useState<Notice>();
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
    setActiveTab(tabId);
    if (tabId === CHECK_TAB_ID) setRevealAll(true);
    if (path !== undefined) setFocusRequest(() => ({ path, seq: ++focusSeq }));
  }, []);

  // Fresh forms do not open covered in "please fill in" messages: those appear once a field is left,
  // or everywhere once 检查 is opened. A record opened with content shows them all.
  const [revealAll, setRevealAll] = useState(() => Boolean(store.record.topic));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    setRevealAll(Boolean(store.record.topic));
    setTouched(new Set());
  }, [store, recordId]);
  const revealed = useCallback((path: string) => revealAll || touched.has(path), [revealAll, touched]);
  const touch = useCallback((path: string) => setTouched((prev) => (prev.has(path) ? prev : new Set(prev).add(path))), []);

  const clearFocusRequest = useCallback(
    (seq: number) => setFocusRequest((prev) => (prev?.seq === seq ? undefined : prev)),
    [],
  );

  const shell: PaneShell = useMemo(
    () => ({ t, lang, setLang, host, goTo, focusRequest, clearFocusRequest, notify: setNotice, revealed, touch }),
    [t, lang, setLang, host, goTo, focusRequest, clearFocusRequest, revealed, touch],
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
              <Header />
              <PhaseNav tabs={TABS} active={active} onSelect={(id) => goTo(id)} />
              <SaveFailure store={store} t={t} className={styles.notice} />
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
