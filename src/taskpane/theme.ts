// The Fluent theme that matches the Office host: light, dark or high contrast. Office gives its
// theme colours (Office.context.officeTheme); outside Office the browser's preferences decide.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeKind = "light" | "dark" | "highContrast";

export interface ThemeInputs {
  /** Office.context.officeTheme.bodyBackgroundColor, e.g. "#FFFFFF" or "#262626". */
  officeBackground?: string;
  /** Office.context.officeTheme.isDarkTheme where the host sets it. */
  officeIsDark?: boolean;
  /** matchMedia("(forced-colors: active)"). */
  forcedColors: boolean;
  /** matchMedia("(prefers-color-scheme: dark)"). */
  prefersDark: boolean;
}

export function themeKind(inputs: ThemeInputs): ThemeKind {
  if (inputs.forcedColors) return "highContrast";
  if (typeof inputs.officeIsDark === "boolean") return inputs.officeIsDark ? "dark" : "light";
  const luminance = inputs.officeBackground ? relativeLuminance(inputs.officeBackground) : undefined;
  if (luminance !== undefined) return luminance < 0.35 ? "dark" : "light";
  return inputs.prefersDark ? "dark" : "light";
}

export const THEMES: Record<ThemeKind, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

/** WCAG relative luminance of a #rgb / #rrggbb colour, undefined when it is not one. */
export function relativeLuminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const digits = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const channel = (i: number) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}
