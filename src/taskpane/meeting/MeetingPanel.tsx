// 会中: one screen for a running meeting. The current agenda item with its timer, next/previous, the
// opening statement; quick capture by type (Alt+1…6, Enter); a captured 待办's owner/deadline/
// deliverable inline with the check's message; the read-back sentence with 已复述确认; the conflict
// comparison; the etiquette checklist of external meetings; 结束会议, which opens 检查.
import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { RecordStop20Regular } from "@fluentui/react-icons";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { captureIndex, captureLine, captureTypeForKey, type Capture, type CaptureType } from "../../domain/meeting/capture";
import { needsEtiquette } from "../../domain/meeting/etiquette";
import { offersConflictComparison } from "../../domain/meeting/conflict";
import { closeMeeting } from "../../domain/meeting/end";
import { adoptActualTimes, meetingView, nextRecordItem, previousRecordItem, startRecordMeeting } from "../../domain/meeting/meeting";
import { readMeeting } from "../../domain/meeting/state";
import { usePane } from "../state/pane";
import { CaptureBox } from "./CaptureBox";
import { ConflictCard } from "./ConflictCard";
import { EtiquetteChecklist, GlossaryEditor } from "./EtiquetteCard";
import { ReadBackCard } from "./ReadBackCard";
import { useMeetingStyles } from "./styles";
import { TimerCard } from "./TimerCard";
import { useNow } from "./useNow";

/** The last capture that has a follow-up (a 待办 or a commitment), if it is still in the record. */
function lastFollowUp(captures: readonly Capture[]): Capture | undefined {
  for (let i = captures.length - 1; i >= 0; i--) {
    const c = captures[i];
    if (c.type === "action" || c.type === "response") return c;
  }
  return undefined;
}

export function MeetingPanel() {
  const styles = useMeetingStyles();
  const { t, record, update, editor, notify, goTo } = usePane();
  const meeting = readMeeting(record);
  const running = meeting.startedAt !== "" && meeting.endedAt === "";
  const now = useNow(running);
  const view = meetingView(record, now, t.lang);
  const [type, setType] = useState<CaptureType>("demand");
  const captureRef = useRef<HTMLInputElement>(null);
  const ownerRef = useRef<HTMLInputElement>(null);
  const [focusOwner, setFocusOwner] = useState(false);

  const followUp = lastFollowUp(meeting.captures);
  const followUpIndex = followUp ? captureIndex(record, followUp) : -1;

  useEffect(() => {
    if (focusOwner && ownerRef.current) {
      ownerRef.current.focus();
      setFocusOwner(false);
    }
  }, [focusOwner, record]);

  const capture = (text: string): boolean => {
    if (!text.trim()) return false;
    update((r) => captureLine(r, type, text, Date.now())?.record ?? r);
    if (type === "action") setFocusOwner(true);
    return true;
  };

  const chooseType = (next: CaptureType) => {
    setType(next);
    captureRef.current?.focus();
  };

  const end = () => {
    const at = Date.now();
    const offset = -new Date(at).getTimezoneOffset();
    const before = record;
    const closed = closeMeeting(record, at, offset);
    update((r) => closeMeeting(r, at, offset).record);
    editor.flush();
    // Shown once, on 检查; 撤销 brings the running meeting back as it was.
    const undo = { label: t("common.undo"), run: () => update(() => before) };
    notify(
      closed.outstanding.length > 0
        ? { intent: "warning", once: true, tab: "check", action: undo, text: t("meeting.endOutstanding", { n: closed.outstanding.length, list: closed.summary.map((s) => t.pick(s)).join(";") }) }
        : { intent: "success", once: true, tab: "check", action: undo, text: t("meeting.endClean", { end: readMeeting(closed.record).actual?.end ?? "" }) },
    );
    goTo("check");
  };

  const useActual = () => {
    const before = record;
    const adopted = adoptActualTimes(record);
    update(adoptActualTimes);
    const planned = readMeeting(adopted).planned;
    notify({
      intent: "success",
      once: true,
      action: { label: t("common.undo"), run: () => update(() => before) },
      text: t("meeting.usedActual", { start: adopted.start, end: adopted.end, plannedStart: planned?.start || "—", plannedEnd: planned?.end || "—" }),
    });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    const chosen = captureTypeForKey(e.code) ?? captureTypeForKey(e.key);
    if (chosen) {
      e.preventDefault();
      chooseType(chosen);
    } else if (e.key === "ArrowDown" && running) {
      e.preventDefault();
      update((r) => nextRecordItem(r, Date.now()));
    } else if (e.key === "ArrowUp" && running) {
      e.preventDefault();
      update((r) => previousRecordItem(r, Date.now()));
    }
  };

  const external = needsEtiquette(record);
  return (
    <section className={styles.panel} onKeyDown={onKeyDown} data-testid="meeting-panel">
      {external && !running && !meeting.endedAt && (
        <section className={styles.card} aria-labelledby="meeting-etiquette-title">
          <Subtitle2 id="meeting-etiquette-title">{t("meeting.etiquette")}</Subtitle2>
          <EtiquetteChecklist />
        </section>
      )}
      <TimerCard
        view={view}
        onStart={() => {
          update((r) => startRecordMeeting(r, Date.now()));
          captureRef.current?.focus();
        }}
        onNext={() => update((r) => nextRecordItem(r, Date.now()))}
        onPrevious={() => update((r) => previousRecordItem(r, Date.now()))}
        onUseActual={useActual}
      />
      <CaptureBox ref={captureRef} type={type} onType={chooseType} onCapture={capture} item={running || meeting.endedAt ? meeting.current : -1} />
      {followUp && followUpIndex >= 0 && (
        <ReadBackCard key={followUp.at + followUp.ref} ref={ownerRef} capture={followUp} index={followUpIndex} onDone={() => captureRef.current?.focus()} />
      )}
      {offersConflictComparison(record) && (
        <details data-testid="meeting-conflict">
          <summary>
            <Caption1>{t("meeting.conflict")}</Caption1>
          </summary>
          <ConflictCard />
        </details>
      )}
      <details data-testid="meeting-glossary">
        <summary>
          <Caption1>{external ? t("meeting.etiquetteAndGlossary") : t("meeting.glossary")}</Caption1>
        </summary>
        {external && (running || meeting.endedAt) && <EtiquetteChecklist />}
        <GlossaryEditor />
      </details>
      {meeting.startedAt && !meeting.endedAt && (
        <Button appearance="primary" icon={<RecordStop20Regular />} onClick={end} data-testid="meeting-end">
          {t("meeting.end")}
        </Button>
      )}
      <Caption1 className={styles.muted}>{t("meeting.shortcuts")}</Caption1>
    </section>
  );
}
