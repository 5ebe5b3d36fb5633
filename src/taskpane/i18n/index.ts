// Language choice and message lookup for the pane. zh-CN is the default; English when Office's
// display language is English or the user picks it (the pick is remembered).
import type { Bilingual } from "../../domain/record/i18n";
import { pick } from "../../domain/record/i18n";
import type { Lang } from "../../domain/record/record";
import { zh, type Catalogue, type MessageKey } from "./zh";

export type { MessageKey, Catalogue };

// Chinese is the default and loads with the first page; English is a chunk of its own, loaded
// before the first render when the pane starts in English, or when the user switches to it.
const catalogues: Partial<Record<Lang, Catalogue>> = { zh };

/** Loads a language's catalogue (English: a separate chunk). Resolves at once when loaded. */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (catalogues[lang]) return;
  if (lang === "en") catalogues.en = (await import(/* webpackChunkName: "i18n-en" */ "./en")).en;
}

export type Params = Record<string, string | number>;

/** Fills {name} placeholders; unknown placeholders are left as written. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export interface Translator {
  lang: Lang;
  /** A message of the catalogue. */
  (key: MessageKey, params?: Params): string;
  /** A bilingual text of the domain (field labels, findings) in this language. */
  pick(text: Bilingual): string;
}

export function translator(lang: Lang): Translator {
  const catalogue = catalogues[lang];
  if (!catalogue) throw new Error(`The ${lang} catalogue is not loaded (call loadCatalogue first)`);
  const t = ((key: MessageKey, params?: Params) => format(catalogue[key], params)) as Translator;
  t.lang = lang;
  t.pick = (text: Bilingual) => pick(text, lang);
  return t;
}

/** The user's pick wins; otherwise English for an English Office/browser, else Chinese. */
export function chooseLang(stored: string | null | undefined, displayLanguage: string | undefined): Lang {
  if (stored === "zh" || stored === "en") return stored;
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en" : "zh";
}

/** BCP 47 tag for the page's lang attribute. */
export function htmlLang(lang: Lang): string {
  return lang === "en" ? "en-US" : "zh-CN";
}
