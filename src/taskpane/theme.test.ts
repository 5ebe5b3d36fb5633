import { describe, expect, it } from "vitest";
import { relativeLuminance, themeKind } from "./theme";

const base = { forcedColors: false, prefersDark: false };

describe("themeKind", () => {
  it("follows Office's background colour", () => {
    expect(themeKind({ ...base, officeBackground: "#FFFFFF" })).toBe("light");
    expect(themeKind({ ...base, officeBackground: "#262626" })).toBe("dark");
    expect(themeKind({ ...base, officeBackground: "#e6e6e6", prefersDark: true })).toBe("light");
  });
  it("prefers Office's own dark flag and high contrast above all", () => {
    expect(themeKind({ ...base, officeBackground: "#FFFFFF", officeIsDark: true })).toBe("dark");
    expect(themeKind({ ...base, officeBackground: "#000000", forcedColors: true })).toBe("highContrast");
  });
  it("uses the browser's preference stand-alone", () => {
    expect(themeKind({ ...base, prefersDark: true })).toBe("dark");
    expect(themeKind(base)).toBe("light");
  });
  it("computes WCAG luminance", () => {
    expect(relativeLuminance("#fff")).toBeCloseTo(1);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("blue")).toBeUndefined();
  });
});
