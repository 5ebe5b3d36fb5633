import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { chooseLang, format, translator } from "./index";
import { en } from "./en";
import { zh } from "./zh";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  it("have the same keys in zh and en", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it("have a non-empty text for every key in both languages, with the same placeholders", () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].trim(), `zh ${key}`).not.toBe("");
      expect(en[key].trim(), `en ${key}`).not.toBe("");
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it("writes Chinese in zh and no Chinese in en (except the language's own name)", () => {
    const han = /[\u4e00-\u9fff]/;
    const zhWithoutHan = Object.entries(zh).filter(([k, v]) => !han.test(v) && k !== "lang.en").map(([k]) => k);
    expect(zhWithoutHan).toEqual([]);
    const enWithHan = Object.entries(en).filter(([k, v]) => han.test(v) && k !== "lang.zh").map(([k]) => k);
    expect(enWithHan).toEqual([]);
  });
});

describe("the pane's components", () => {
  const root = join(__dirname, "..");
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) return n === "i18n" ? [] : files(p);
      return /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
    });

  it("hold no Chinese text outside the catalogues (comments aside)", () => {
    const offenders = files(root).filter((f) => {
      const code = readFileSync(f, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
      return /[\u4e00-\u9fff]/.test(code);
    });
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});

describe("format", () => {
  it("fills named placeholders and leaves unknown ones", () => {
    expect(format("{n} 个错误,{x}", { n: 3 })).toBe("3 个错误,{x}");
  });
});

describe("translator", () => {
  it("picks the catalogue and the domain's bilingual texts in one language", () => {
    const t = translator("en");
    expect(t("tab.check")).toBe("Checks");
    expect(t.pick({ zh: "主题", en: "Topic" })).toBe("Topic");
    expect(translator("zh")("tab.check")).toBe("检查");
  });
});

describe("chooseLang", () => {
  it("defaults to Chinese", () => {
    expect(chooseLang(null, undefined)).toBe("zh");
    expect(chooseLang(null, "zh-CN")).toBe("zh");
    expect(chooseLang(null, "fr-FR")).toBe("zh");
  });
  it("follows an English Office display language", () => {
    expect(chooseLang(null, "en-US")).toBe("en");
    expect(chooseLang(null, "en-GB")).toBe("en");
  });
  it("lets the user's pick win", () => {
    expect(chooseLang("zh", "en-US")).toBe("zh");
    expect(chooseLang("en", "zh-CN")).toBe("en");
    expect(chooseLang("garbage", "zh-CN")).toBe("zh");
  });
});
