// Entry of the task pane page: wait for Office (or find there is none), pick the language, then
// render the pane (Root.tsx). Stand-alone in a browser when Office reports no host, and for a while
// inside a Word that starts slowly (the pane switches to Word when Office reports it).
import { createRoot } from "react-dom/client";
import { detectHost } from "./host";
import { chooseLang, loadCatalogue } from "./i18n";
import { registerOfflineCopy } from "./offline/register";
import { LANG_KEY, Root } from "./Root";
import { installStoredCalendarYears } from "./storage/calendarYears";
import { browserStorage } from "./storage/localRecords";

async function start(): Promise<void> {
  const detection = await detectHost();
  const { host } = detection;
  const container = document.getElementById("root");
  if (!container) return;
  document.body.dataset.host = host.kind;
  // Years added from State Council notices (节假日安排) count before anything counts working days.
  installStoredCalendarYears(browserStorage());
  let initialLang = chooseLang(browserStorage().getItem(LANG_KEY), host.displayLanguage);
  try {
    await loadCatalogue(initialLang);
  } catch {
    initialLang = "zh"; // the English chunk did not load (offline, or a failed update): start in Chinese
  }
  createRoot(container).render(<Root detection={detection} initialLang={initialLang} />);
  registerOfflineCopy(host);
}

void start();
