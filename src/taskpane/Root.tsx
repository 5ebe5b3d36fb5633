// The pane's root: where the record is kept (the document in Word, this browser's storage
// stand-alone), the theme, and the switch to Word when Office reports it after a slow start.
import { FluentProvider, makeStaticStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Lang } from "../domain/record/record";
import { App } from "./App";
import type { Detection, HostInfo } from "./host";
import { LocalLibrary, restoredRecord } from "./state/localLibrary";
import { freshRecord, RecordStore } from "./state/recordStore";
import { browserStorage, LocalRecords } from "./storage/localRecords";
import { THEMES, themeKind, type ThemeKind } from "./theme";
import type { WordSession } from "./word/session";

export const LANG_KEY = "ccr.lang";

// The pane fills the task pane edge to edge (no inline <style>: the page's CSP admits none).
// Fluent's inputs keep the browser's default input width (~20 characters) as their minimum; in a
// 320 px pane they must be able to shrink with their row.
const usePageStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0 },
  ".fui-Input, .fui-Input__input, .fui-Combobox, .fui-Combobox__input, .fui-SpinButton, .fui-SpinButton__input": { minWidth: 0 },
});

/** The Word document's session, its adapter loaded on demand (the stand-alone pane never downloads it). */
function openOfficeSession(): Promise<WordSession> {
  return import(/* webpackChunkName: "word" */ "./word/session").then((m) => m.openWordSession());
}

interface RootProps {
  detection: Detection;
  initialLang: Lang;
  /** Opens the Word document's session (tests pass one over the fake Word). */
  openSession?: () => Promise<WordSession>;
}

export function Root({ detection, initialLang, openSession = openOfficeSession }: RootProps) {
  usePageStyles();
  const storage = browserStorage();
  const [host, setHost] = useState<HostInfo>(detection.host);
  // In Word the adapter is loaded and the document read while the pane renders.
  const [wordSession, setWordSession] = useState(() => (detection.host.kind === "word" ? openSession() : undefined));
  // In Word the record lives in the document; stand-alone in this browser's storage.
  const [records] = useState(() => new LocalRecords(storage));
  const [store] = useState(() => new RecordStore(detection.host.kind === "word" ? freshRecord() : restoredRecord(records)));
  const library = useMemo(() => (host.kind === "standalone" ? new LocalLibrary(records, store) : undefined), [host.kind, records, store]);
  useEffect(() => library?.attach(), [library]);
  const [kind, setKind] = useState<ThemeKind>(() => themeKind(host.theme));

  // Office was slow to start: the pane began stand-alone and becomes the Word pane when Office reports
  // Word, keeping the record as typed (it is in this browser's storage too).
  useEffect(() => {
    let live = true;
    detection.later?.then((word) => {
      if (!live) return;
      store.flush();
      document.body.dataset.host = word.kind;
      setHost(word);
      setKind(themeKind(word.theme));
      setWordSession(openSession());
    });
    return () => {
      live = false;
    };
  }, [detection, store, openSession]);

  // Follow the browser's light/dark and forced-colours preferences (stand-alone mode).
  useEffect(() => {
    if (host.kind === "word" || typeof window.matchMedia !== "function") return;
    const queries = [window.matchMedia("(prefers-color-scheme: dark)"), window.matchMedia("(forced-colors: active)")];
    const onChange = () => setKind(themeKind({ prefersDark: queries[0].matches, forcedColors: queries[1].matches }));
    queries.forEach((q) => q.addEventListener("change", onChange));
    return () => queries.forEach((q) => q.removeEventListener("change", onChange));
  }, [host.kind]);

  const onLangChange = (lang: Lang) => {
    try {
      storage.setItem(LANG_KEY, lang);
    } catch {
      // Not remembered; the pane still switches.
    }
  };

  return (
    <FluentProvider theme={THEMES[kind]} data-theme={kind}>
      <App host={host} store={store} library={library} initialLang={initialLang} onLangChange={onLangChange} wordSession={wordSession} />
    </FluentProvider>
  );
}

