// Every text the domain produces for people comes in both languages; the caller picks one.

import type { Lang } from "./record";

export interface Bilingual {
  zh: string;
  en: string;
}

export function pick(text: Bilingual, lang: Lang): string {
  return lang === "en" ? text.en : text.zh;
}
