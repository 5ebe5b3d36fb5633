// Form fields bound to a record path. Each shows the domain findings for its path at the field
// (the same findings as 检查, never a second validator) and takes focus when 检查 asks for it.
import {
  Button,
  Checkbox,
  Combobox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Tooltip,
  type FieldProps,
} from "@fluentui/react-components";
import { CalendarLtr20Regular, ClockRegular } from "@fluentui/react-icons";
import { forwardRef, useEffect, useRef, useState, type ReactElement } from "react";
import type { Bilingual } from "../../domain/record/i18n";
import type { CcrRecord } from "../../domain/record/record";
import type { Finding, Severity } from "../../domain/checks/findings";
import { fieldFindings } from "../../domain/checks/validate";
import { usePane, usePaneShell, useFindings } from "../state/pane";
import { GrowingText } from "./GrowingText";
import { getAtPath, setAtPath } from "../../domain/record/record-path";
import { normaliseTypedDate } from "../state/typedDate";
import { typedTime } from "../../domain/calendar/deadline";

const useStyles = makeStyles({
  // The browser's date picker, opened by the calendar button; present but invisible.
  // Fluent's Combobox and Dropdown ask for 250 px; the pane may be 320 px wide with two side by side.
  fill: { minWidth: 0, width: "100%" },
  fillInput: { minWidth: 0, width: "100%" },
  picker: { position: "absolute", width: "1px", height: "1px", opacity: 0, pointerEvents: "none", border: "none", padding: 0 },
});

const RANK: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };

/** Findings shown at this path (exactly, or anything inside it when `within`). */
export function useFindingsAt(path: string | undefined, within = false): Finding[] {
  // Not usePane(): a field's findings must not re-render it on every edit of another field.
  const { revealed } = usePaneShell();
  const findings = useFindings() ?? [];
  if (path === undefined) return [];
  const here = within ? fieldFindings(findings, path) : findings.filter((f) => f.path === path);
  return here.filter((f) => f.rule !== "required" || revealed(path));
}

/** The Field props that show findings: worst severity as state, every message below. */
export function validationProps(
  findings: readonly Finding[],
  pick: (text: Bilingual) => string,
): Pick<FieldProps, "validationState" | "validationMessage"> {
  if (findings.length === 0) return {};
  const worst = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0].severity;
  return {
    validationState: worst === "error" ? "error" : worst === "warning" ? "warning" : "none",
    validationMessage: findings.map((f) => pick(f.message)).join(" "),
  };
}

/** Focuses (and scrolls to) the element when 检查 asks for this path; the request is used once. */
export function useFocusRequest<T extends HTMLElement>(path: string) {
  const { focusRequest, clearFocusRequest } = usePane();
  const ref = useRef<T>(null);
  useEffect(() => {
    if (focusRequest && focusRequest.path === path && ref.current) {
      ref.current.scrollIntoView({ block: "center" });
      ref.current.focus();
      clearFocusRequest(focusRequest.seq);
    }
  }, [focusRequest, path, clearFocusRequest]);
  return ref;
}

/** Value and setter of a string at a record path. */
function useStringAt(path: string): [string, (value: string) => void] {
  const { record, update } = usePane();
  const raw = getAtPath(record, path);
  return [typeof raw === "string" ? raw : raw === undefined || raw === null ? "" : String(raw), (v) => update((r) => setAtPath(r, path, v))];
}

interface CommonProps {
  path: string;
  label: string;
  required?: boolean;
  hint?: string;
  /** Show the findings of everything inside the path too (e.g. a list's own path). */
  within?: boolean;
  /** Findings of this other path are shown here as well (e.g. `participants` on the first name). */
  alsoPath?: string;
}

function useValidation({ path, within, alsoPath }: CommonProps) {
  const { t } = usePane();
  const own = useFindingsAt(path, within);
  const also = useFindingsAt(alsoPath, false);
  return validationProps([...own, ...also], t.pick);
}

export interface TextFieldProps extends CommonProps {
  placeholder?: string;
  multiline?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { path, label, placeholder, hint, multiline, required } = props;
  const { touch } = usePane();
  const styles = useStyles();
  const [value, set] = useStringAt(path);
  const ref = useFocusRequest<HTMLInputElement & HTMLTextAreaElement>(path);
  const validation = useValidation(props);
  // The guidance is said once: a message below the field replaces the placeholder's example.
  const shownPlaceholder = validation.validationMessage ? undefined : placeholder;
  return (
    <Field label={label} hint={hint} required={required} {...validation}>
      {multiline ? (
        <GrowingText ref={ref} multiline value={value} placeholder={shownPlaceholder} data-path={path} onChange={(_, d) => set(d.value)} onBlur={() => touch(path)} />
      ) : (
        <Input ref={ref} className={styles.fill} value={value} placeholder={shownPlaceholder} data-path={path} onChange={(_, d) => set(d.value)} onBlur={() => touch(path)} />
      )}
    </Field>
  );
}

export interface DateInputProps {
  value: string;
  onChange(value: string): void;
  /** After the text was converted (on leaving the field or Enter). */
  onDone?(): void;
  "aria-label"?: string;
  "data-path"?: string;
  "data-testid"?: string;
}

/**
 * A text input whose typed text is read on leaving the field (or Enter) and replaced by the value
 * `read` gives (ISO date, HH:MM); text it cannot read stays as typed, for the check to report.
 */
const TypedInput = forwardRef<HTMLInputElement, DateInputProps & { read(text: string): string | undefined; placeholder: string; after: ReactElement }>(
  function TypedInput({ value, onChange, onDone, read, after, ...rest }, ref) {
    const styles = useStyles();
    const normalise = (text: string) => {
      const converted = read(text);
      if (converted && converted !== text) onChange(converted);
      onDone?.();
    };
    return (
      <Input
        ref={ref}
        className={styles.fill}
        input={{ className: styles.fillInput }}
        value={value}
        {...rest}
        onChange={(_, d) => onChange(d.value)}
        onBlur={(e) => normalise(e.currentTarget.value)}
        onKeyDown={(e) => e.key === "Enter" && normalise(e.currentTarget.value)}
        contentAfter={after}
      />
    );
  },
);

/**
 * The one date input of the pane: a date typed the way people write it (2026-06-08, 2026/6/8,
 * 2026年6月8日) becomes ISO on leaving the field (the domain's date reading); a calendar button opens
 * the browser's date picker. The placeholder names the format, never a date.
 */
export const DateInput = forwardRef<HTMLInputElement, DateInputProps>(function DateInput(props, ref) {
  const { t } = usePane();
  const picker = useRef<HTMLInputElement>(null);
  const styles = useStyles();
  const after = (
    <>
      <Tooltip content={t("field.pickDate")} relationship="label">
        <Button
          appearance="transparent"
          size="small"
          icon={<CalendarLtr20Regular />}
          onClick={() => {
            const el = picker.current;
            if (!el) return;
            el.value = normaliseTypedDate(props.value) ?? "";
            if (typeof el.showPicker === "function") el.showPicker();
            else el.click();
          }}
        />
      </Tooltip>
      <input
        ref={picker}
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        className={styles.picker}
        onChange={(e) => e.currentTarget.value && props.onChange(e.currentTarget.value)}
      />
    </>
  );
  return <TypedInput ref={ref} {...props} read={normaliseTypedDate} placeholder={t("field.datePlaceholder")} after={after} />;
});

/**
 * The one time input of the pane: 24-hour HH:MM, typed as people write it (14:00, 1400, 下午2点,
 * 2:30 pm) and converted on leaving the field. A text input, not the browser's time input, whose
 * 12-hour display and picker icon depend on the browser's locale and theme.
 */
export const TimeInput = forwardRef<HTMLInputElement, DateInputProps>(function TimeInput(props, ref) {
  const { t } = usePane();
  return <TypedInput ref={ref} {...props} read={typedTime} placeholder={t("field.timePlaceholder")} after={<ClockRegular aria-hidden="true" />} />;
});

export function DateField(props: CommonProps) {
  const { path, label, hint, required } = props;
  const { touch } = usePane();
  const [value, set] = useStringAt(path);
  const ref = useFocusRequest<HTMLInputElement>(path);
  return (
    <Field label={label} hint={hint} required={required} {...useValidation(props)}>
      <DateInput ref={ref} value={value} data-path={path} onChange={set} onDone={() => touch(path)} />
    </Field>
  );
}

export function TimeField(props: CommonProps) {
  const { path, label, hint, required } = props;
  const { touch } = usePane();
  const [value, set] = useStringAt(path);
  const ref = useFocusRequest<HTMLInputElement>(path);
  return (
    <Field label={label} hint={hint} required={required} {...useValidation(props)}>
      <TimeInput ref={ref} value={value} data-path={path} onChange={set} onDone={() => touch(path)} />
    </Field>
  );
}

export interface ChoiceFieldProps<T extends string> extends CommonProps {
  options: Readonly<Record<T, Bilingual>>;
  /** The edit a choice makes (e.g. chooseScenario, which carries the scenario over); default: set the path. */
  choose?(record: CcrRecord, value: NoInfer<T>): CcrRecord;
}

/** One of a fixed set (goal type, scenario, channel, status); stores the JSON value. */
export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>) {
  const { path, label, required, options, hint, choose } = props;
  const { t, touch, update } = usePane();
  const styles = useStyles();
  const [value, set] = useStringAt(path);
  const ref = useFocusRequest<HTMLButtonElement>(path);
  const entries = Object.entries(options) as [T, Bilingual][];
  const current = entries.find(([k]) => k === value);
  return (
    <Field label={label} hint={hint} required={required} {...useValidation(props)}>
      <Dropdown
        ref={ref}
        className={styles.fill}
        data-path={path}
        value={current ? t.pick(current[1]) : ""}
        selectedOptions={current ? [current[0]] : []}
        placeholder={t("field.choose")}
        onOptionSelect={(_, d) => {
          const v = entries.find(([k]) => k === d.optionValue)?.[0];
          if (choose && v !== undefined) update((r) => choose(r, v));
          else set(d.optionValue ?? "");
        }}
        onBlur={() => touch(path)}
      >
        {entries.map(([k, text]) => (
          <Option key={k} value={k}>
            {t.pick(text)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

export interface ComboFieldProps extends CommonProps {
  /** Values already used (people, departments) offered while typing; free text is accepted. */
  suggestions: readonly string[];
  placeholder?: string;
}

export function ComboField(props: ComboFieldProps) {
  const { path, label, required, suggestions, placeholder, hint } = props;
  const { touch } = usePane();
  const styles = useStyles();
  const [value, set] = useStringAt(path);
  const ref = useFocusRequest<HTMLInputElement>(path);
  const [open, setOpen] = useState(false);
  const typed = value.trim().toLowerCase();
  const shown = suggestions.filter((s) => s !== value && (!typed || s.toLowerCase().includes(typed)));
  return (
    <Field label={label} hint={hint} required={required} {...useValidation(props)}>
      <Combobox
        ref={ref}
        className={styles.fill}
        input={{ className: styles.fillInput }}
        freeform
        data-path={path}
        value={value}
        placeholder={placeholder}
        open={open && shown.length > 0}
        onOpenChange={(_, d) => setOpen(d.open)}
        selectedOptions={value ? [value] : []}
        onChange={(e) => {
          set(e.currentTarget.value);
          setOpen(true);
        }}
        onOptionSelect={(_, d) => d.optionText !== undefined && set(d.optionText)}
        onBlur={() => touch(path)}
      >
        {shown.map((s) => (
          <Option key={s} value={s}>
            {s}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

export function CheckField(props: CommonProps) {
  const { path, label } = props;
  const { record, update } = usePane();
  const ref = useFocusRequest<HTMLInputElement>(path);
  return (
    <Field {...useValidation(props)}>
      <Checkbox
        ref={ref}
        data-path={path}
        label={label}
        checked={getAtPath(record, path) === true}
        onChange={(_, d) => update((r) => setAtPath(r, path, d.checked === true))}
      />
    </Field>
  );
}
