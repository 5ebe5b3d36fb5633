// What the adapter needs from office.js, in one small seam: Word.run, the requirement-set check,
// the platform and the document settings of the common API. officeJsHost() takes them from the
// globals office.js defines; tests pass the fake's globals instead.

export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { code?: number; message?: string } }) => void): void;
}

export interface OfficeHost {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version?: string): boolean;
  platform(): string;
  /** Office.context.document.settings; undefined where the host has none. */
  settings(): SettingsLike | undefined;
}

/** The globals office.js defines (or a stub with the same shape). */
export interface OfficeGlobals {
  Word: { run: unknown };
  Office: {
    context: {
      requirements?: { isSetSupported(name: string, version?: string): boolean };
      diagnostics?: { platform?: unknown } | null;
      document?: { settings?: unknown } | null;
    };
  };
}

export function officeHostFrom(globals: OfficeGlobals): OfficeHost {
  const run = globals.Word.run as <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
  return {
    run: (batch) => run(batch),
    isSetSupported: (name, version) => {
      try {
        return globals.Office.context.requirements?.isSetSupported(name, version) ?? false;
      } catch {
        return false;
      }
    },
    platform: () => String(globals.Office.context.diagnostics?.platform ?? "unknown"),
    settings: () => (globals.Office.context.document?.settings as SettingsLike | undefined) ?? undefined,
  };
}

/** The host of the running add-in (call after Office.onReady). */
export function officeJsHost(): OfficeHost {
  return officeHostFrom({ Word, Office } as unknown as OfficeGlobals);
}
