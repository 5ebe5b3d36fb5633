// The whole pane (App) mounted in happy-dom over an in-memory browser storage, for flow tests:
// click, type, read what is shown and what was stored. Use in a test file that starts with
// `// @vitest-environment happy-dom`.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { CcrRecord, Lang } from "../../src/domain/record/record";
import { App } from "../../src/taskpane/App";
import { LocalLibrary, restoredRecord } from "../../src/taskpane/state/localLibrary";
import { RecordStore } from "../../src/taskpane/state/recordStore";
import { LocalRecords, memoryStorage } from "../../src/taskpane/storage/localRecords";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface MountedPane {
  root: HTMLElement;
  store: LocalRecords;
  /** The record as the pane holds it now (saved first). */
  stored(): CcrRecord & { id: string };
  $(selector: string): HTMLElement | null;
  /** The element, once it is there (lazy tabs load on first use). */
  find(selector: string): Promise<HTMLElement>;
  $$(selector: string): HTMLElement[];
  click(selector: string | HTMLElement): Promise<void>;
  /** Sets an input's or textarea's value as typing does and fires input/change. */
  type(selector: string | HTMLElement, value: string): Promise<void>;
  blur(selector: string | HTMLElement): Promise<void>;
  /** Chooses an option of a native <select> (data-testid) and fires change. */
  select(selector: string, value: string): Promise<void>;
  /** Lets lazy tabs load and effects run. */
  settle(): Promise<void>;
  unmount(): void;
}

/** Mounts the pane with `record` (if given) as the current record in the browser's storage. */
export async function mountPane(record?: CcrRecord & { id: string }, lang: Lang = "zh"): Promise<MountedPane> {
  const storage = memoryStorage();
  const store = new LocalRecords(storage);
  if (record) {
    store.save(record);
    store.setCurrent(record.id);
  }
  const root = document.createElement("div");
  document.body.append(root);
  const recordStore = new RecordStore(restoredRecord(store));
  const library = new LocalLibrary(store, recordStore);
  const detach = library.attach();
  let reactRoot: Root | undefined;
  const host = { kind: "standalone" as const, wordApi13: false, theme: { forcedColors: false, prefersDark: false } };
  await act(async () => {
    reactRoot = createRoot(root);
    reactRoot.render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} store={recordStore} library={library} initialLang={lang} onLangChange={() => {}} />
      </FluentProvider>,
    );
  });
  const settle = async () => {
    for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
  };
  // Waits (lazy tabs load on first use) up to 10 s for the element.
  const el = async (s: string | HTMLElement): Promise<HTMLElement> => {
    if (typeof s !== "string") return s;
    for (let i = 0; i < 200; i++) {
      const found = root.querySelector<HTMLElement>(s);
      if (found) return found;
      await act(async () => new Promise((r) => setTimeout(r, 50)));
    }
    throw new Error(`not in the pane: ${s}`);
  };
  await settle();
  return {
    root,
    store,
    stored() {
      window.dispatchEvent(new Event("pagehide"));
      const id = store.list()[0]?.id ?? "";
      const current = storage.getItem("ccr.current") ?? id;
      const r = store.load(current);
      if (!r) throw new Error("no record stored");
      return { ...r, id: current };
    },
    $: (s) => root.querySelector<HTMLElement>(s),
    find: (s) => el(s),
    $$: (s) => [...root.querySelectorAll<HTMLElement>(s)],
    async click(s) {
      const target = await el(s);
      await act(async () => target.click());
      await settle();
    },
    async type(s, value) {
      const input = (await el(s)) as HTMLInputElement | HTMLTextAreaElement;
      await act(async () => {
        const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(proto, "value")?.set?.call(input, value);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      });
    },
    async blur(s) {
      const input = await el(s);
      await act(async () => {
        input.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
        input.dispatchEvent(new FocusEvent("blur"));
      });
    },
    async select(s, value) {
      const select = (await el(s)) as unknown as HTMLSelectElement;
      await act(async () => {
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")?.set?.call(select, value);
        select.dispatchEvent(new Event("change", { bubbles: true }));
      });
    },
    settle,
    unmount() {
      act(() => reactRoot?.unmount());
      detach();
      root.remove();
    },
  };
}

/** Opens a tab by its id through the pane's own navigation (phase first when needed). */
export async function openTab(pane: MountedPane, phase: "before" | "during" | "after", tabId: string): Promise<void> {
  const phaseButton = pane.$(`[data-phase="${phase}"]`);
  if (phaseButton && phaseButton.getAttribute("aria-selected") !== "true") await pane.click(phaseButton);
  const tab = pane.$(`[data-tab-button="${tabId}"]`);
  if (tab) await pane.click(tab);
}

/** Types into an input (React listens to the native input event, with the value set natively). */
export function typeInto(input: HTMLInputElement, text: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, text);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}
