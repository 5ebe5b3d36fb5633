// After a 待办 or a commitment is captured: its owner/deadline/deliverable inline (待办), marked while
// the validator finds any missing or vague, with the concrete form to ask for; and the read-back
// sentence (复述确认) with the 已复述确认 button.
import { Badge, Body1, Button, Caption1, Field, Input } from "@fluentui/react-components";
import { CheckmarkCircle20Regular } from "@fluentui/react-icons";
import { forwardRef } from "react";
import { ACTION_COLUMNS } from "../../domain/record/fields";
import { actionGaps, type ActionGap } from "../../domain/checks/action-gaps";
import { CAPTURE_LABELS, updateAction, type Capture } from "../../domain/meeting/capture";
import { readMeeting } from "../../domain/meeting/state";
import { actionReadBackOn, captureReadBack, markActionReadBack, markCaptureReadBack } from "../../domain/meeting/readback";
import { usePane } from "../state/pane";
import { localToday } from "../state/checks";
import { isValidIsoDate } from "../../domain/calendar/iso-date";
import { useMeetingStyles } from "./styles";
import { actionPath } from "../../domain/record/record-path";

const INLINE = ["owner", "deadline", "deliverable"] as const;

export interface ReadBackCardProps {
  capture: Capture;
  /** Where the capture's entry is in its list now. */
  index: number;
  /** Called when the user is done here (Escape, or after 已复述确认): back to the capture line. */
  onDone(): void;
}

export const ReadBackCard = forwardRef<HTMLInputElement, ReadBackCardProps>(function ReadBackCard({ capture, index, onDone }, ownerRef) {
  const styles = useMeetingStyles();
  const { t, record, update, findings = [] } = usePane();
  const isAction = capture.type === "action";
  const action = isAction ? record.actions[index] : undefined;
  const gaps = isAction ? actionGaps(record, index, findings) : [];
  const readBack = captureReadBack(record, capture, index);
  const readBackOn = action ? actionReadBackOn(action) : (readMeeting(record).captures.find((c) => c.at === capture.at && c.ref === capture.ref)?.readBackOn ?? "");
  const confirm = () => {
    const on = isValidIsoDate(record.date) ? record.date : localToday();
    update((r) => (isAction ? markActionReadBack(r, index, on) : markCaptureReadBack(r, capture, on)));
    onDone();
  };
  const gapOf = (field: string): ActionGap | undefined => gaps.find((g) => g.field === field);

  return (
    <section
      className={styles.card}
      aria-label={t("meeting.followUp")}
      data-testid="meeting-follow-up"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <div className={styles.spread}>
        <Caption1 className={styles.muted}>{t.pick(CAPTURE_LABELS[capture.type])}</Caption1>
        {isAction &&
          (gaps.length > 0 ? (
            <Badge color="warning" data-testid="action-incomplete">
              {t("meeting.actionIncomplete", { n: gaps.length })}
            </Badge>
          ) : (
            <Badge color="success" data-testid="action-complete">
              {t("meeting.actionComplete")}
            </Badge>
          ))}
      </div>
      <Body1>{isAction ? action?.task : record.responses[index]}</Body1>
      {action &&
        INLINE.map((field, i) => {
          const gap = gapOf(field);
          return (
            <Field
              key={field}
              label={t.pick(ACTION_COLUMNS[field])}
              required
              validationState={gap ? (gap.severity === "error" ? "error" : "warning") : "none"}
              validationMessage={gap ? `${t.pick(gap.message)} ${t.pick(gap.ask)}` : undefined}
            >
              <Input
                ref={i === 0 ? ownerRef : undefined}
                value={action[field]}
                data-testid={`action-${field}`}
                data-path={actionPath(index, field)}
                onChange={(_, d) => update((r) => updateAction(r, index, { [field]: d.value }))}
              />
            </Field>
          );
        })}
      {readBack && (
        <>
          <Caption1 className={styles.muted}>{t("meeting.readBack")}</Caption1>
          <blockquote className={styles.quote} data-testid="read-back" aria-live="polite">
            {t.pick(readBack.text)}
          </blockquote>
          {readBackOn ? (
            <Caption1 className={styles.success} data-testid="read-back-done">
              {t("meeting.readBackDone", { date: readBackOn })}
            </Caption1>
          ) : (
            <div className={styles.row}>
              <Button icon={<CheckmarkCircle20Regular />} disabled={!readBack.complete} onClick={confirm} data-testid="read-back-confirm">
                {t("meeting.readBackConfirm")}
              </Button>
              {!readBack.complete && <Caption1 className={styles.muted}>{t("meeting.readBackIncomplete")}</Caption1>}
            </div>
          )}
        </>
      )}
    </section>
  );
});
