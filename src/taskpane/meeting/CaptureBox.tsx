// Quick capture: a type (Alt+1…Alt+6) and a line (Enter). The line goes into its list of the record,
// attached to the current agenda item; a hint shows when it contains an internal abbreviation.
import { Badge, Caption1, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { forwardRef, useState } from "react";
import { CAPTURE_LABELS, CAPTURE_SHORTCUTS, CAPTURE_TYPES, captureIndex, capturesOfItem, type CaptureType } from "../../domain/meeting/capture";
import { abbreviationHint, readGlossary } from "../../domain/meeting/glossary";
import { usePane } from "../state/pane";
import { useMeetingStyles } from "./styles";

export interface CaptureBoxProps {
  type: CaptureType;
  onType(type: CaptureType): void;
  /** Captures the line; returns false when nothing was captured. */
  onCapture(text: string): boolean;
  /** Agenda item whose captures are listed. */
  item: number;
}

export const CaptureBox = forwardRef<HTMLInputElement, CaptureBoxProps>(function CaptureBox({ type, onType, onCapture, item }, inputRef) {
  const styles = useMeetingStyles();
  const { t, record } = usePane();
  const [text, setText] = useState("");
  const glossary = readGlossary(record);
  const hint = abbreviationHint(text, glossary);
  const captured = capturesOfItem(record, item);
  const lastHint = captured.length > 0 ? abbreviationHint(captured[captured.length - 1].text, glossary) : null;
  const shownHint = hint ?? (text ? null : lastHint);

  return (
    <section className={styles.card} aria-label={t("meeting.capture")} data-testid="meeting-capture">
      <RadioGroup
        layout="horizontal"
        className={styles.types}
        value={type}
        onChange={(_, d) => onType(d.value as CaptureType)}
        aria-label={t("meeting.captureType")}
      >
        {CAPTURE_TYPES.map((ct) => (
          <Radio
            key={ct}
            value={ct}
            label={`${t.pick(CAPTURE_LABELS[ct])} ${CAPTURE_SHORTCUTS[ct].label}`}
            aria-keyshortcuts={CAPTURE_SHORTCUTS[ct].label}
            data-capture-type={ct}
          />
        ))}
      </RadioGroup>
      <Field
        label={t("meeting.captureLabel", { type: t.pick(CAPTURE_LABELS[type]) })}
        hint={t("meeting.captureHint")}
        validationState={shownHint ? "warning" : "none"}
        validationMessage={shownHint ? t.pick(shownHint) : undefined}
      >
        <Input
          ref={inputRef}
          value={text}
          data-testid="capture-input"
          onChange={(_, d) => setText(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.altKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              if (onCapture(text)) setText("");
            }
          }}
        />
      </Field>
      {captured.length > 0 && (
        <>
          <Caption1 className={styles.muted}>{t("meeting.capturedHere", { n: captured.length })}</Caption1>
          <ul className={styles.list} data-testid="captured-list">
            {captured.map((c, i) => (
              <li key={`${c.at}-${i}`} className={styles.row}>
                <Badge appearance="tint" size="small">
                  {t.pick(CAPTURE_LABELS[c.type])}
                </Badge>
                <Caption1>{captureIndex(record, c) >= 0 ? c.text : t("meeting.captureRemoved", { text: c.text })}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
