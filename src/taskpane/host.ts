// Where the pane runs: inside Word (office.js loaded and Office.onReady reports Word) or stand-alone
// in a browser (no office.js, or no host). The only place in the pane that reads Office.* globals;
// every document call goes through src/word.
import type { ThemeInputs } from "./theme";

export interface HostInfo {
  kind: "word" | "standalone";
  /** Office's display language (e.g. "zh-CN", "en-US"); undefined stand-alone. */
  displayLanguage?: string;
  /** WordApi 1.3 (the set every core feature needs) is supported. */
  wordApi13: boolean;
  theme: ThemeInputs;
}

/** How long the pane waits for Office before it starts stand-alone (and keeps waiting behind it). */
export const ONREADY_TIMEOUT_MS = 5000;

export interface Detection {
  /** Where the pane starts. */
  host: HostInfo;
  /**
   * When Office was still starting after the wait: settles with the Word host should Office report
   * Word later (the pane then switches to Word), never otherwise.
   */
  later?: Promise<HostInfo>;
}

type OfficeInfo = { host: Office.HostType | null } | undefined;

export async function detectHost(timeoutMs = ONREADY_TIMEOUT_MS): Promise<Detection> {
  const media = (q: string) => typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(q).matches;
  const browserTheme: ThemeInputs = {
    forcedColors: media("(forced-colors: active)"),
    prefersDark: media("(prefers-color-scheme: dark)"),
  };
  const standalone: HostInfo = { kind: "standalone", wordApi13: false, theme: browserTheme };
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { host: standalone };

  let ready: Promise<OfficeInfo>;
  try {
    ready = Promise.resolve(Office.onReady());
  } catch {
    return { host: standalone };
  }
  const timedOut = Symbol("timed out");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const first = await Promise.race([
    ready.catch((): OfficeInfo => undefined),
    new Promise<typeof timedOut>((resolve) => {
      timer = setTimeout(() => resolve(timedOut), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (first !== timedOut) return { host: wordHost(first, browserTheme) ?? standalone };
  const later = ready.then(
    (info) => wordHost(info, browserTheme) ?? never<HostInfo>(),
    () => never<HostInfo>(),
  );
  return { host: standalone, later };
}

function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

/** The Word host Office reported, or undefined for another host or none. */
function wordHost(info: OfficeInfo, browserTheme: ThemeInputs): HostInfo | undefined {
  if (!info || info.host !== Office.HostType.Word) return undefined;
  const officeTheme = Office.context?.officeTheme;
  return {
    kind: "word",
    displayLanguage: Office.context?.displayLanguage,
    wordApi13: Boolean(Office.context?.requirements?.isSetSupported("WordApi", "1.3")),
    theme: {
      ...browserTheme,
      officeBackground: officeTheme?.bodyBackgroundColor,
      officeIsDark: (officeTheme as { isDarkTheme?: boolean } | undefined)?.isDarkTheme,
    },
  };
}
