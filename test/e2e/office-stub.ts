// Stands in for Microsoft's office.js in the browser tests of the Word host: the globals `Office`
// and `Word` of the in-memory fake Word (test/fake-word), so the pane runs the real adapter.
// Bundled with esbuild by production.ts. Query parameters of the page: officeLang (display
// language, zh-CN by default), officeTheme=dark, onReadyDelayMs (Office starting slowly).
import { blocksText, FakeWordHost, hostText } from "../fake-word";

const params = new URLSearchParams(location.search);
const host = new FakeWordHost();
const { Word, Office } = host.globals();
const dark = params.get("officeTheme") === "dark";
const info = { host: "Word", platform: "PC" };
const onReadyDelayMs = Number(params.get("onReadyDelayMs") ?? 0);
const ready = new Promise<typeof info>((resolve) => setTimeout(() => resolve(info), onReadyDelayMs));

Object.assign(window, {
  __fakeWord: host,
  /** Text of the controls with this tag, and of the whole body, for assertions. */
  __fakeWordText: (tag?: string) => (tag ? host.controlsByTag(tag).map(hostText).join("") : blocksText(host.body)),
  Word,
  Office: {
    ...Office,
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    onReady: (callback?: (i: typeof info) => void) => {
      if (callback) void ready.then(callback);
      return ready;
    },
    context: {
      ...Office.context,
      displayLanguage: params.get("officeLang") ?? "zh-CN",
      officeTheme: dark
        ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF" }
        : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" },
    },
  },
});
