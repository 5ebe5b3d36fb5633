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

const ONREADY_TIMEOUT_MS = 5000;

export async function detectHost(): Promise<HostInfo> {
  const media = (q: string) => typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(q).matches;
  const browserTheme: ThemeInputs = {
    forcedColors: media("(forced-colors: active)"),
    prefersDark: media("(prefers-color-scheme: dark)"),
  };
  const standalone: HostInfo = { kind: "standalone", wordApi13: false, theme: browserTheme };
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return standalone;

  let info: { host: Office.HostType | null } | undefined;
  try {
    info = await Promise.race([
      Office.onReady(),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ONREADY_TIMEOUT_MS)),
    ]);
  } catch {
    return standalone;
  }
  if (!info || info.host !== Office.HostType.Word) return standalone;

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
