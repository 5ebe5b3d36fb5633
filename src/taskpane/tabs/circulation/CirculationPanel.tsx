// 会后 (guide 二(三)): circulation within 2 working days and the sent-on date, the objection
// deadline and its notice, each participant's confirmation (已确认 / 有异议 + remark / 未回复) with
// the opt-in silence rule, the formal letter of an external meeting, and 结果反馈 / 经验总结 once
// every action item is done.
import { Body1, Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { Copy16Regular } from "@fluentui/react-icons";
import {
  circulationOf,
  CONFIRM_STATE_LABELS,
  confirmationLabel,
  confirmationsOf,
  confirmationSummary,
  formalLetterSuggested,
  objectionDeadline,
  objectionNotice,
  readFormalLetter,
  readSilenceRule,
  setConfirmation,
  withFormalLetter,
  withSilenceRule,
  type ConfirmState,
} from "../../../domain/tracking/confirmation";
import { formatDate } from "../../../domain/calendar/deadline";
import { FIELD_LABELS } from "../../../domain/record/fields";
import { isMajorOrComplex } from "../../../domain/meeting/preparation";
import { feedbackPrompts, LESSONS_TEMPLATE, RESULT_FEEDBACK_TEMPLATE } from "../../../domain/tracking/reminders";
import { allActionsDone } from "../../../domain/tracking/tracking";
import { DateField, DateInput, TextField } from "../../components/fields";
import { Section, useCopy, usePlanStyles } from "../../components/planKit";
import { localToday } from "../../state/checks";
import { usePane } from "../../state/pane";

const STATES: readonly ConfirmState[] = ["confirmed", "objection", "none"];

export function CirculationPanel() {
  const styles = usePlanStyles();
  const { t, record, update } = usePane();
  const copy = useCopy();
  const today = localToday();
  const circulation = circulationOf(record, today);
  const objectionBy = objectionDeadline(record);
  const rows = confirmationsOf(record, today);
  const summary = confirmationSummary(rows);
  const letter = readFormalLetter(record);
  const prompts = feedbackPrompts(record);
  const showLessons = isMajorOrComplex(record) || record.lessons.trim() !== "";
  const circulationIntent = circulation.state === "late" || circulation.state === "sent-late" ? "warning" : circulation.state === "sent" ? "success" : "info";

  return (
    <form className={styles.panel} onSubmit={(e) => e.preventDefault()} data-testid="followup-panel">
      <Section title={t("follow.circulationSection")}>
        <MessageBar intent={circulationIntent} data-testid="followup-circulation">
          <MessageBarBody>
            {circulation.deadline
              ? t(`follow.circulation.${circulation.state}`, { deadline: formatDate(circulation.deadline, t.lang), sentOn: formatDate(circulation.sentOn, t.lang) })
              : t("follow.circulation.unknown")}
          </MessageBarBody>
        </MessageBar>
        <div className={styles.row}>
          <div className={styles.grow}>
            <DateField path="sentOn" label={t.pick(FIELD_LABELS.sentOn)} />
          </div>
          <Button onClick={() => update((r) => ({ ...r, sentOn: today }))}>{t("follow.sentToday")}</Button>
        </div>
        <div className={styles.row}>
          <div className={styles.grow}>
            <DateField
              path="objectionBy"
              label={t.pick(FIELD_LABELS.objectionBy)}
              hint={record.objectionBy.trim() ? undefined : objectionBy ? t("follow.objectionDefaultOn", { date: formatDate(objectionBy, t.lang) }) : t("follow.objectionDefault")}
            />
          </div>
        </div>
        <pre className={styles.preview}>{objectionNotice(record, t.lang)}</pre>
        <div className={styles.row}>
          <Button icon={<Copy16Regular />} onClick={() => copy(objectionNotice(record, t.lang))}>
            {t("follow.copyNotice")}
          </Button>
        </div>
      </Section>

      <Section title={t("follow.confirmSection", { confirmed: summary.confirmed, objection: summary.objection, none: summary.none })} testId="followup-confirmations">
        <Checkbox
          checked={readSilenceRule(record)}
          label={t("follow.silenceRule")}
          onChange={(_, d) => update((r) => withSilenceRule(r, d.checked === true))}
          data-testid="followup-silence"
        />
        {rows.length === 0 && <Caption1 className={styles.muted}>{t("follow.noParticipants")}</Caption1>}
        <ul className={styles.list}>
          {rows.map((row) => (
            <li key={row.name} className={styles.card} data-testid="confirmation" data-state={row.state}>
              <div className={styles.row}>
                <Body1 className={styles.grow}>{row.name}</Body1>
                <Caption1 className={styles.muted}>{confirmationLabel(row, t.lang)}</Caption1>
              </div>
              <div className={styles.row}>
                <Field label={t.pick(FIELD_LABELS.confirmations)} className={styles.grow}>
                  <Select
                    value={row.deemed ? "none" : row.state}
                    onChange={(_, d) => update((r) => setConfirmation(r, row.name, { state: d.value as ConfirmState, date: row.date || today }))}
                  >
                    {STATES.map((s) => (
                      <option key={s} value={s}>
                        {t.pick(CONFIRM_STATE_LABELS[s])}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t("follow.date")} className={styles.date}>
                  <DateInput
                    value={row.deemed ? "" : row.date}
                    onChange={(v) => update((r) => setConfirmation(r, row.name, { state: row.deemed ? "none" : row.state, date: v.trim() }))}
                  />
                </Field>
              </div>
              {(row.state === "objection" || row.remark) && (
                <Field label={t("follow.remark")}>
                  <Input value={row.remark} onChange={(_, d) => update((r) => setConfirmation(r, row.name, { state: row.state, remark: d.value }))} />
                </Field>
              )}
            </li>
          ))}
        </ul>
      </Section>

      {(record.kind === "external" || letter.required) && (
        <Section title={t.pick(FIELD_LABELS.formalLetter)} testId="followup-letter">
          {formalLetterSuggested(record) && !letter.required && (
            <MessageBar intent="warning">
              <MessageBarBody>{t("follow.letterSuggested")}</MessageBarBody>
            </MessageBar>
          )}
          <Checkbox checked={letter.required} label={t("follow.letterRequired")} onChange={(_, d) => update((r) => withFormalLetter(r, { required: d.checked === true }))} />
          <div className={styles.row}>
            <Field label={t.pick(FIELD_LABELS["formalLetter.ref"])} className={styles.grow}>
              <Input value={letter.ref} placeholder={t("follow.letterRefHint")} onChange={(_, d) => update((r) => withFormalLetter(r, { ref: d.value }))} />
            </Field>
            <Field label={t("follow.letterDate")} className={styles.date}>
              <DateInput value={letter.date} onChange={(v) => update((r) => withFormalLetter(r, { date: v.trim() }))} />
            </Field>
          </div>
        </Section>
      )}

      <Section title={t("follow.feedbackSection")} testId="followup-feedback">
        {prompts.map((p) => (
          <MessageBar key={p.field} intent="info">
            <MessageBarBody>{t.pick(p.message)}</MessageBarBody>
          </MessageBar>
        ))}
        {!allActionsDone(record) && <Caption1 className={styles.muted}>{t("follow.feedbackLater")}</Caption1>}
        <TextField path="resultFeedback" label={t.pick(FIELD_LABELS.resultFeedback)} placeholder={t.pick(RESULT_FEEDBACK_TEMPLATE)} multiline />
        <div className={styles.row}>
          <Button disabled={record.resultFeedback.trim() !== ""} onClick={() => update((r) => ({ ...r, resultFeedback: t.pick(RESULT_FEEDBACK_TEMPLATE) }))}>
            {t("follow.useTemplate")}
          </Button>
        </div>
        {showLessons && (
          <>
            <TextField path="lessons" label={t.pick(FIELD_LABELS.lessons)} placeholder={t.pick(LESSONS_TEMPLATE)} multiline />
            <div className={styles.row}>
              <Button disabled={record.lessons.trim() !== ""} onClick={() => update((r) => ({ ...r, lessons: t.pick(LESSONS_TEMPLATE) }))}>
                {t("follow.useTemplate")}
              </Button>
            </div>
          </>
        )}
      </Section>
    </form>
  );
}
