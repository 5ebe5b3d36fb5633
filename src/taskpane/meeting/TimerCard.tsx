// The current agenda item with its timer, next/previous, and the opening statement to read out.
import { Body1, Button, Caption1, ProgressBar, Subtitle2 } from "@fluentui/react-components";
import { ArrowDown20Regular, ArrowUp20Regular, Play20Regular } from "@fluentui/react-icons";
import type { MeetingView } from "../../domain/meeting/meeting";
import { readMeeting } from "../../domain/meeting/state";
import { usePane } from "../state/pane";
import { useMeetingStyles } from "./styles";
import { minutesClock } from "./useNow";

export interface TimerCardProps {
  view: MeetingView;
  onStart(): void;
  onNext(): void;
  onPrevious(): void;
  /** After 结束会议: make the actual time the record's 沟通时间 (the user's explicit choice). */
  onUseActual(): void;
}

export function TimerCard({ view, onStart, onNext, onPrevious, onUseActual }: TimerCardProps) {
  const styles = useMeetingStyles();
  const { t, record } = usePane();
  const { timer, current } = view;
  const started = timer.running || timer.ended;
  const { planned, actual } = readMeeting(record);
  // The record's start/end are the planned time unless the user chose the actual one (then `planned` holds it).
  const actualTimes = actual ?? { start: record.start, end: record.end };
  const plannedTimes = planned ?? { start: record.start, end: record.end };
  const shown = { start: actualTimes.start || "—", end: actualTimes.end || "—", plannedStart: plannedTimes.start || "—", plannedEnd: plannedTimes.end || "—" };
  const differs = shown.start !== shown.plannedStart || shown.end !== shown.plannedEnd;
  const endedText = () => (differs ? t("meeting.endedPlanned", shown) : t("meeting.ended", shown));
  const canAdopt = actual !== undefined && (actualTimes.start || record.start) + (actualTimes.end || record.end) !== record.start + record.end;
  return (
    <section className={styles.card} aria-labelledby="meeting-timer-title" data-testid="meeting-timer">
      <div className={styles.spread}>
        <Subtitle2 id="meeting-timer-title">
          {current ? t("meeting.item", { n: timer.index + 1, count: timer.count, title: current.title }) : t("meeting.noAgenda")}
        </Subtitle2>
        {!started && (
          <Button appearance="primary" icon={<Play20Regular />} onClick={onStart} data-testid="meeting-start">
            {t("meeting.start")}
          </Button>
        )}
      </div>
      {current?.presenter && <Caption1 className={styles.muted}>{t("meeting.presenter", { name: current.presenter })}</Caption1>}
      {started && (
        <>
          <Body1 data-testid="meeting-elapsed" className={timer.overrun ? styles.warning : undefined}>
            {t("meeting.elapsed", { elapsed: minutesClock(timer.elapsedMinutes), planned: timer.plannedMinutes })}
          </Body1>
          <ProgressBar
            value={timer.plannedMinutes > 0 ? Math.min(1, timer.elapsedMinutes / timer.plannedMinutes) : 0}
            color={timer.overrun ? "warning" : "brand"}
            aria-label={t("meeting.progress")}
          />
          <Caption1 className={styles.muted} data-testid="meeting-left">
            {timer.ended
              ? endedText()
              : timer.meetingLeftMinutes >= 0
                ? t("meeting.left", { n: timer.meetingLeftMinutes })
                : t("meeting.over", { n: -timer.meetingLeftMinutes })}
          </Caption1>
          {timer.ended && canAdopt && (
            <div className={styles.row}>
              <Button size="small" onClick={onUseActual} data-testid="meeting-use-actual">
                {t("meeting.useActual")}
              </Button>
            </div>
          )}
          {timer.warning && (
            <Caption1 role="status" className={styles.warning} data-testid="meeting-warning">
              {t.pick(timer.warning)}
            </Caption1>
          )}
          <div className={styles.row}>
            <Button icon={<ArrowUp20Regular />} disabled={!timer.hasPrevious} onClick={onPrevious} aria-keyshortcuts="Alt+ArrowUp" data-testid="meeting-previous">
              {t("meeting.previous")}
            </Button>
            <Button icon={<ArrowDown20Regular />} disabled={!timer.hasNext} onClick={onNext} aria-keyshortcuts="Alt+ArrowDown" data-testid="meeting-next">
              {t("meeting.next")}
            </Button>
          </div>
          {view.next && <Caption1 className={styles.muted}>{t("meeting.upNext", { title: view.next.title })}</Caption1>}
        </>
      )}
      <details open={!started} data-testid="meeting-opening">
        <summary>
          <Caption1>{t("meeting.opening")}</Caption1>
        </summary>
        <blockquote className={styles.quote}>{view.opening}</blockquote>
      </details>
    </section>
  );
}
