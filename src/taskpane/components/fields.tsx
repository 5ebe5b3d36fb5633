// Form fields bound to a record path. Each shows the domain findings for its path at the field
// (the same findings as 检查, never a second validator) and takes focus when 检查 asks for it.
import { Field, Input, Textarea, type FieldProps } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Finding, Severity } from "../../domain/findings";
import { usePane } from "../state/pane";
import { fieldFindings } from "../../domain/validate";
import { getAt, setAt } from "../state/recordPath";

const RANK: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };

/** Findings that point at this path (exactly, or inside it when `within`). */
export function useFindingsAt(path: string, within = false): Finding[] {
  const { findings } = usePane();
  return within ? fieldFindings(findings, path) : findings.filter((f) => f.path === path);
}

/** The Field props that show findings: worst severity as state, every message below. */
export function validationProps(findings: Finding[], pick: (f: Finding) => string): Pick<FieldProps, "validationState" | "validationMessage"> {
  if (findings.length === 0) return {};
  const worst = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0].severity;
  return {
    validationState: worst === "error" ? "error" : worst === "warning" ? "warning" : "none",
    validationMessage: findings.map(pick).join(" "),
  };
}

/** Focuses (and scrolls to) the element when 检查 asks for this path. */
export function useFocusRequest<T extends HTMLElement>(path: string) {
  const { focusRequest } = usePane();
  const ref = useRef<T>(null);
  useEffect(() => {
    if (focusRequest && focusRequest.path === path && ref.current) {
      ref.current.scrollIntoView({ block: "center" });
      ref.current.focus();
    }
  }, [focusRequest, path]);
  return ref;
}

export interface TextFieldProps {
  path: string;
  label: string;
  placeholder?: string;
  hint?: string;
  multiline?: boolean;
  required?: boolean;
  /** Findings inside the path count too (e.g. `lead` for `lead.name`). */
  within?: boolean;
  /** Extra findings shown here (e.g. a list's own path). */
  alsoPath?: string;
}

export function TextField({ path, label, placeholder, hint, multiline, required, alsoPath }: TextFieldProps) {
  const { record, update, t } = usePane();
  const findings = [...useFindingsAt(path), ...useFindingsAt(alsoPath ?? "\u0000")];
  const value = String(getAt(record, path) ?? "");
  const ref = useFocusRequest<HTMLInputElement & HTMLTextAreaElement>(path);
  const set = (v: string) => update((r) => setAt(r, path, v));
  return (
    <Field label={label} hint={hint} required={required} {...validationProps(findings, (f) => t.pick(f.message))}>
      {multiline ? (
        <Textarea ref={ref} value={value} placeholder={placeholder} resize="vertical" data-path={path} onChange={(_, d) => set(d.value)} />
      ) : (
        <Input ref={ref} value={value} placeholder={placeholder} data-path={path} onChange={(_, d) => set(d.value)} />
      )}
    </Field>
  );
}
