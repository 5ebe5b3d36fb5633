// Small pieces shared by the 准备, 议程, 待办 and 会后 tabs: a section heading, a labelled select,
// copying text to the clipboard with a notice, and today's date.
import { Field, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { usePaneShell } from "../state/pane";
import { copyText } from "./download";

export const usePlanStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  grow: { flexGrow: 1, minWidth: "8em" },
  narrow: { width: "6em" },
  // A date with its calendar button, never cut: 2026-06-08 whole.
  date: { flexGrow: 1, minWidth: "10em" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  overdue: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  dueSoon: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  muted: { color: tokens.colorNeutralForeground2 },
  preview: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
  },
});

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const styles = usePlanStyles();
  return (
    <section className={styles.section} data-testid={testId}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      {children}
    </section>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function ChoiceField(props: { label: string; value: string; choices: readonly Choice[]; onChange(value: string): void; hint?: string; testId?: string; className?: string }) {
  return (
    <Field label={props.label} hint={props.hint} className={props.className}>
      <Select value={props.value} data-testid={props.testId} onChange={(_, d) => props.onChange(d.value)}>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Copies text to the clipboard (copyText) and tells the user. */
export function useCopy(): (text: string) => Promise<void> {
  const { t, notify } = usePaneShell();
  return async (text: string) => {
    try {
      await copyText(text);
      notify({ intent: "success", text: t("plan.copied") });
    } catch (e) {
      notify({ intent: "error", text: t("plan.copyFailed", { reason: e instanceof Error ? e.message : String(e) }) });
    }
  };
}
