// Entry of the task pane page: wait for Office (or find there is none), pick the theme and the
// language, then render the pane. Stand-alone in a browser when Office reports no host.
import { FluentProvider, makeStaticStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../domain/record/record";
import { App } from "./App";
import { detectHost, type HostInfo } from "./host";
import { chooseLang, loadCatalogue } from "./i18n";
import { registerOfflineCopy } from "./offline/register";
import { installStoredCalendarYears } from "./storage/calendarYears";
import { browserStorage, LocalRecords } from "./storage/localRecords";
import { THEMES, themeKind, type ThemeKind } from "./theme";
import type { WordSession } from "./word/session";

const LANG_KEY = "ccr.lang";

// The pane fills the task pane edge to edge (no inline <style>: the page's CSP admits none).
// Fluent's inputs keep the browser's default input width (~20 characters) as their minimum; in a
// 320 px pane they must be able to shrink with their row.
const usePageStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0 },
  ".fui-Input, .fui-Input__input, .fui-Combobox, .fui-Combobox__input, .fui-SpinButton, .fui-SpinButton__input": { minWidth: 0 },
});

function Root({ host, initialLang, wordSession }: { host: HostInfo; initialLang: Lang; wordSession?: Promise<WordSession> }) {
  usePageStyles();
  const storage = browserStorage();
  const [store] = useState(() => new LocalRecords(storage));
  const [kind, setKind] = useState<ThemeKind>(() => themeKind(host.theme));

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
      <App host={host} store={store} initialLang={initialLang} onLangChange={onLangChange} wordSession={wordSession} />
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  const host = await detectHost();
  const container = document.getElementById("root");
  if (!container) return;
  document.body.dataset.host = host.kind;
  // Years added from State Council notices (节假日安排) count before anything counts working days.
  installStoredCalendarYears(browserStorage());
  // In Word the adapter is loaded and the document read while the pane renders.
  const wordSession =
    host.kind === "word" ? import(/* webpackChunkName: "word" */ "./word/session").then((m) => m.openWordSession()) : undefined;
  let initialLang = chooseLang(browserStorage().getItem(LANG_KEY), host.displayLanguage);
  try {
    await loadCatalogue(initialLang);
  } catch {
    initialLang = "zh"; // the English chunk did not load (offline, or a failed update): start in Chinese
  }
  createRoot(container).render(<Root host={host} initialLang={initialLang} wordSession={wordSession} />);
  registerOfflineCopy(host);
}

void start();
