// 待办 (guide 二(三) 跟踪待办事项进展): every action item with its resolved deadline, 已逾期 derived
// from today, due within 3 working days highlighted; grouped by owner or status (overdue first),
// filtered by owner or department; status and dated progress notes; reminder texts and the weekly
// report. Edits go into the record and, in Word, into the action table in one batch.
import { Badge, Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { Add16Regular, Copy16Regular, DocumentArrowDown16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatResolvedDeadline } from "../../../domain/calendar/deadline";
import { STATUS_LABELS } from "../../../domain/record/fields";
import { ACTION_STATUSES, type ActionStatus } from "../../../domain/record/record";
import type { MessageStyle } from "../../../domain/record/messages";
import { feedbackPrompts, overdueReminder, ownerReminder, weeklyReport } from "../../../domain/tracking/reminders";
import {
  addProgressNote,
  daysLeftText,
  filterActions,
  groupActions,
  latestNote,
  needsProgressUpdate,
  ownersAndDepartments,
  setActionStatus,
  stateLabel,
  trackActions,
  type GroupBy,
  type TrackedAction,
} from "../../../domain/tracking/tracking";
import { DOCX_MIME, useSaveFile } from "../../components/download";
import { recordFileName } from "../../state/useRecordEditor";
import { ChoiceField, Section, useCopy, usePlanStyles } from "../../components/planKit";
import { localToday } from "../../state/checks";
import { usePane } from "../../state/pane";
import { TrackerCard } from "./TrackerCard";

const ALL_OVERDUE = "\u0000overdue";

export function TodoPanel() {
  const styles = usePlanStyles();
  const { t, record, update, notify, goTo } = usePane();
  const save = useSaveFile();
  // Status and progress edits are ordinary record edits: the pane's one Word sync writes them.
  const track = update;
  const copy = useCopy();
  const today = localToday();
  const [groupBy, setGroupBy] = useState<GroupBy>("status");
  const [owner, setOwner] = useState("");
  const [dept, setDept] = useState("");
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [recipient, setRecipient] = useState(ALL_OVERDUE);
  const [style, setStyle] = useState<MessageStyle>("im");

  const tracked = trackActions(record, { today });
  const groups = groupActions(filterActions(tracked, { owner, dept }), groupBy, t.lang);
  const { owners, departments } = ownersAndDepartments(record);
  const all = { value: "", label: t("todo.all") };
  const reminder =
    recipient === ALL_OVERDUE ? overdueReminder(record, { today, style, lang: t.lang }) : ownerReminder(record, recipient, { today, style, lang: t.lang });
  const prompts = feedbackPrompts(record);

  const addNote = (index: number) => {
    const note = (notes[index] ?? "").trim();
    if (!note) return;
    track((r) => addProgressNote(r, index, { date: today, note }));
    setNotes((n) => ({ ...n, [index]: "" }));
  };

  const downloadWeekly = async () => {
    try {
      const { exportWeeklyDocx } = await import("../../../export/weekly-docx");
      const bytes = await exportWeeklyDocx(record, { today, lang: t.lang });
      await save({ name: recordFileName(record, "docx", `-${t("todo.weeklyFile")}`), data: new Uint8Array(bytes), mimeType: DOCX_MIME });
    } catch (e) {
      notify({ intent: "error", text: t("agenda.downloadFailed", { reason: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const itemCard = (item: TrackedAction) => {
    const a = item.action;
    const i = item.index;
    const note = latestNote(a);
    const deadline = item.due ? formatResolvedDeadline({ date: item.due, time: item.dueTime ?? undefined }, t.lang) : a.deadline || "—";
    const stateColor = item.state === "overdue" ? "danger" : item.state === "done" ? "success" : item.dueSoon ? "warning" : "informative";
    return (
      <li
        key={i}
        className={`${styles.card} ${item.state === "overdue" ? styles.overdue : item.dueSoon ? styles.dueSoon : ""}`}
        data-testid="todo-item"
        data-state={item.state}
        data-due-soon={item.dueSoon || undefined}
      >
        <div className={styles.row}>
          <Badge appearance="filled" color={stateColor}>
            {stateLabel(item.state, t.lang)}
          </Badge>
          {item.dueSoon && <Badge appearance="tint" color="warning">{t("todo.dueSoon")}</Badge>}
          <Body1 className={styles.grow}>
            {i + 1}. {a.task || "—"}
          </Body1>
        </div>
        <Caption1 className={styles.muted}>
          {[a.owner, a.ownerDept].filter((s) => s.trim()).join(" / ") || t("todo.noOwner")} · {deadline} · {daysLeftText(item, t.lang)}
        </Caption1>
        {a.deliverable.trim() && <Caption1>{t("todo.deliverable", { text: a.deliverable })}</Caption1>}
        <Caption1 className={styles.muted}>
          {note ? t("todo.latest", { date: note.date, note: note.note }) : t("todo.noNote")}
          {needsProgressUpdate(item, today) ? ` ${t("todo.weeklyUpdate")}` : ""}
        </Caption1>
        <div className={styles.row}>
          <Field label={t("todo.status")} className={styles.narrow}>
            <Select value={a.status} onChange={(_, d) => track((r) => setActionStatus(r, i, d.value as ActionStatus))} data-testid="todo-status">
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.pick(STATUS_LABELS[s])}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("todo.progress")} className={styles.grow}>
            <Input
              value={notes[i] ?? ""}
              placeholder={t("todo.progressPlaceholder")}
              onChange={(_, d) => setNotes((n) => ({ ...n, [i]: d.value }))}
              onKeyDown={(e) => {
                if (e.key === "Enter") addNote(i);
              }}
            />
          </Field>
          <Button icon={<Add16Regular />} disabled={!(notes[i] ?? "").trim()} onClick={() => addNote(i)}>
            {t("todo.addNote")}
          </Button>
        </div>
      </li>
    );
  };

  return (
    <section className={styles.panel} data-testid="todo-panel">
      {prompts.length > 0 && (
        <MessageBar intent="success" data-testid="todo-feedback-prompt">
          <MessageBarBody>
            {t.pick(prompts[0].message)}{" "}
            <Button appearance="transparent" size="small" onClick={() => goTo("followup", prompts[0].field)}>
              {t("todo.toFeedback")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <ChoiceField
          label={t("todo.groupBy")}
          value={groupBy}
          choices={[
            { value: "status", label: t("todo.byStatus") },
            { value: "owner", label: t("todo.byOwner") },
          ]}
          onChange={(v) => setGroupBy(v as GroupBy)}
        />
        <ChoiceField label={t("todo.owner")} value={owner} choices={[all, ...owners.map((o) => ({ value: o, label: o }))]} onChange={setOwner} testId="todo-owner-filter" />
        <ChoiceField label={t("todo.dept")} value={dept} choices={[all, ...departments.map((d) => ({ value: d, label: d }))]} onChange={setDept} />
      </div>
      {tracked.length === 0 && <Body1>{t("todo.none")}</Body1>}
      {groups.map((g) => (
        <Section key={g.key} title={t("todo.group", { label: g.label, n: g.items.length })}>
          <ul className={styles.list}>{g.items.map(itemCard)}</ul>
        </Section>
      ))}

      <Section title={t("todo.reminderSection")} testId="todo-reminder">
        <div className={styles.row}>
          <ChoiceField
            label={t("todo.recipient")}
            value={recipient}
            choices={[{ value: ALL_OVERDUE, label: t("todo.allOverdue") }, ...owners.map((o) => ({ value: o, label: o }))]}
            onChange={setRecipient}
          />
          <ChoiceField
            label={t("todo.style")}
            value={style}
            choices={[
              { value: "im", label: t("todo.styleIm") },
              { value: "email", label: t("todo.styleEmail") },
            ]}
            onChange={(v) => setStyle(v as MessageStyle)}
          />
        </div>
        {reminder ? (
          <>
            <pre className={styles.preview} data-testid="todo-reminder-text">
              {reminder}
            </pre>
            <div className={styles.row}>
              <Button icon={<Copy16Regular />} onClick={() => copy(reminder)}>
                {t("todo.copyReminder")}
              </Button>
            </div>
          </>
        ) : (
          <Caption1 className={styles.muted}>{t(recipient === ALL_OVERDUE ? "todo.noOverdue" : "todo.nothingOpen")}</Caption1>
        )}
      </Section>

      <Section title={t("todo.weeklySection")}>
        <div className={styles.row}>
          <Button icon={<Copy16Regular />} disabled={tracked.length === 0} onClick={() => copy(weeklyReport(record, { today, lang: t.lang }))}>
            {t("todo.copyWeekly")}
          </Button>
          <Button icon={<DocumentArrowDown16Regular />} disabled={tracked.length === 0} onClick={downloadWeekly}>
            {t("todo.downloadWeekly")}
          </Button>
        </div>
      </Section>

      <TrackerCard />
    </section>
  );
}
